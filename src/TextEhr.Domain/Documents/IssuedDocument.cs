namespace TextEhr.Domain.Documents;

/// <summary>
/// A document as it was issued from a chart (発行文書): the edited model as JSON and the HTML that was
/// printed, so the same paper can be made again years later whatever the chart or templates say by then.
/// Kept rows are never changed.
/// </summary>
public sealed record IssuedDocument
{
    public long Id { get; init; }

    public required long PatientId { get; init; }

    /// <summary><c>referral</c>, <c>summary</c> or <c>prescription</c> (the template's name).</summary>
    public required string Kind { get; init; }

    /// <summary>The chart entry the document was made from (a prescription's visit), when there is one.</summary>
    public long? EntryId { get; init; }

    /// <summary>What the list shows: the addressee of a letter, or the document's own title.</summary>
    public required string Title { get; init; }

    public required string ModelJson { get; init; }

    /// <summary>The whole page as it went to the browser.</summary>
    public required string Html { get; init; }

    /// <summary>SHA-256 of the PDF made, in lower-case hex; null when only the HTML could be saved.</summary>
    public string? PdfSha256 { get; init; }

    public required IssuedOutput Output { get; init; }

    /// <summary>The printer it went to, when printed.</summary>
    public string? Printer { get; init; }

    public long CreatedById { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
