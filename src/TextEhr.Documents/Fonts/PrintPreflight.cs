using System.Collections.Concurrent;

namespace TextEhr.Documents.Fonts;

/// <summary>
/// The check to run before a document is printed: is the font there, and can it draw every character?
/// The screens and the command line show the same message from here.
/// </summary>
public static class PrintPreflight
{
    // The cmap of a 4.6 MB font takes a moment to read; a session prints many documents with one font.
    private static readonly ConcurrentDictionary<string, FontCoverage> Coverage = new(StringComparer.Ordinal);

    /// <summary>The characters of <paramref name="document"/> that <paramref name="font"/> lacks.</summary>
    public static IReadOnlyList<string> MissingCharacters(RenderedDocument document, DocumentFont font)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(font);
        return MissingGlyphs.Find(Coverage.GetOrAdd(font.Regular, FontCoverage.Load), document.Texts);
    }

    /// <summary>
    /// A Japanese warning for the doctor (the document's own notices first, then the font's), or null when
    /// the document prints as typed.
    /// </summary>
    public static string? Warning(RenderedDocument document, DocumentFont? font)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lines = new List<string>(document.Notices);
        if (font is null)
        {
            lines.Add(DocumentMessages.FontNotFound);
        }
        else if (MissingCharacters(document, font) is { Count: > 0 } missing)
        {
            lines.Add(DocumentMessages.MissingGlyphs(missing));
        }

        return lines.Count == 0 ? null : string.Join('\n', lines);
    }
}
