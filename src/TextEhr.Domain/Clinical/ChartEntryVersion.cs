namespace TextEhr.Domain.Clinical;

/// <summary>
/// One version of a visit's chart entry (2号用紙). Version 1 is the original; a correction after 確定
/// is version N+1 with a reason, linked to the same entry, and the older version stays readable.
/// FHIR: Composition (per visit).
/// </summary>
public sealed record ChartEntryVersion
{
    /// <summary>The row of this version.</summary>
    public long Id { get; init; }

    /// <summary>The entry all versions share.</summary>
    public long EntryId { get; init; }

    public long PatientId { get; init; }

    public DateOnly VisitDate { get; init; }

    public int Version { get; init; }

    public EntryStatus Status { get; init; }

    public required ChartEntryContent Content { get; init; }

    /// <summary>訂正理由 or 取消理由; required for every version after the first confirmed one.</summary>
    public string? Reason { get; init; }

    public long AuthorId { get; init; }

    public DateTimeOffset AuthoredAt { get; init; }

    public long? ConfirmedById { get; init; }

    public DateTimeOffset? ConfirmedAt { get; init; }

    public bool IsConfirmed => ConfirmedAt is not null;

    /// <summary>SHA-256 of the canonical content, shown in the history so a reader can compare versions.</summary>
    public string ContentHash { get; init; } = string.Empty;
}
