using System.Globalization;
using System.Text;

namespace TextEhr.Documents.Fonts;

/// <summary>Finds the characters of a document's text that the font cannot draw (外字).</summary>
public static class MissingGlyphs
{
    // Common 外字 in names and the character a doctor can print instead; the chart keeps the original.
    private static readonly Dictionary<int, string> Substitutes = new()
    {
        [0x20BB7] = "吉",
        [0x2A6B2] = "ツ",
    };

    /// <summary>
    /// The distinct characters of <paramref name="texts"/> the font lacks, in order of appearance. Spaces,
    /// controls and variation selectors are skipped: the browser draws the base character for an IVS.
    /// </summary>
    public static IReadOnlyList<string> Find(FontCoverage font, IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(font);
        ArgumentNullException.ThrowIfNull(texts);
        var missing = new List<string>();
        foreach (var text in texts)
        {
            foreach (var rune in (text ?? string.Empty).EnumerateRunes())
            {
                if (IsSkipped(rune) || font.Contains(rune.Value))
                {
                    continue;
                }

                var character = rune.ToString();
                if (!missing.Contains(character, StringComparer.Ordinal))
                {
                    missing.Add(character);
                }
            }
        }

        return missing;
    }

    /// <summary>A character that can be printed instead, or null when there is no usual one.</summary>
    public static string? SubstituteFor(string character)
    {
        ArgumentNullException.ThrowIfNull(character);
        return Rune.TryGetRuneAt(character, 0, out var rune) && Substitutes.TryGetValue(rune.Value, out var substitute)
            ? substitute
            : null;
    }

    private static bool IsSkipped(Rune rune) =>
        Rune.IsWhiteSpace(rune)
        || Rune.IsControl(rune)
        || Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format
        || rune.Value is >= 0xFE00 and <= 0xFE0F
        || rune.Value is >= 0xE0100 and <= 0xE01EF;
}
