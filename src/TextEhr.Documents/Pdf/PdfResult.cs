namespace TextEhr.Documents.Pdf;

/// <summary>The outcome of <see cref="DocumentPrinter.ToPdfAsync"/>, with a Japanese message for the user.</summary>
/// <param name="Status">What happened.</param>
/// <param name="Path">The PDF, or the saved HTML when there is no PDF.</param>
/// <param name="Message">What to tell the doctor.</param>
/// <param name="Elapsed">Time spent in the browser.</param>
public sealed record PdfResult(PdfStatus Status, string Path, string Message, TimeSpan Elapsed)
{
    /// <summary>Whether a PDF exists at <see cref="Path"/>.</summary>
    public bool IsPdf => Status == PdfStatus.Pdf;
}
