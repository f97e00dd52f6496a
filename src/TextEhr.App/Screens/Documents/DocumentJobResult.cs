using TextEhr.App.Documents;
using TextEhr.Domain.Documents;

namespace TextEhr.App.Screens.Documents;

/// <summary>What a <see cref="DocumentJob"/> came to.</summary>
/// <param name="Outcome">The PDF and printer results; null when the file could not even be written.</param>
/// <param name="Kept">The stored copy; null with <paramref name="Outcome"/>.</param>
/// <param name="Elapsed">From F12 to the result on screen.</param>
public sealed record DocumentJobResult(IssueOutcome? Outcome, IssuedDocument? Kept, TimeSpan Elapsed)
{
    /// <summary>The dialog's text: where the PDF is, the printer's answer, or what to do.</summary>
    public string Message(bool printerSet)
    {
        if (Outcome is null)
        {
            return DocumentScreenMessages.WriteFailed;
        }

        var lines = Outcome.Messages.ToList();
        if (!printerSet && Outcome.Pdf.IsPdf)
        {
            lines.Add(DocumentScreenMessages.SavedOnly);
        }

        return string.Join('\n', lines);
    }

    public string Title => Outcome is { Succeeded: true } ? DocumentScreenMessages.IssuedTitle : DocumentScreenMessages.NotIssuedTitle;
}
