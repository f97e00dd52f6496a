using TextEhr.Documents.Pdf;
using TextEhr.Domain.Documents;

namespace TextEhr.App.Documents;

/// <summary>What making (and printing) a document came to, before it is kept.</summary>
/// <param name="Pdf">The browser's result: the PDF, or the saved HTML.</param>
/// <param name="Print">The printer's answer, when the document was sent to one.</param>
/// <param name="Printer">The printer asked, or null.</param>
/// <param name="PdfSha256">The PDF's hash in hex, when there is a PDF.</param>
public sealed record IssueOutcome(PdfResult Pdf, PrintResult? Print, string? Printer, string? PdfSha256)
{
    /// <summary>A PDF exists and, when asked, the printer took it.</summary>
    public bool Succeeded => Pdf.IsPdf && Print is not { Succeeded: false };

    /// <summary>What the kept row records: a PDF only opened for printing is not recorded as printed.</summary>
    public IssuedOutput Output => !Pdf.IsPdf ? IssuedOutput.Html : Print?.Status switch
    {
        PrintStatus.Sent => IssuedOutput.Printed,
        PrintStatus.Opened => IssuedOutput.Opened,
        _ => IssuedOutput.Pdf,
    };

    /// <summary>Every line to tell the doctor, in order: the PDF (or HTML), then the printer.</summary>
    public IReadOnlyList<string> Messages => Print is null ? [Pdf.Message] : [Pdf.Message, Print.Message];
}
