using System.Text;

namespace TextEhr.Tui.Text;

/// <summary>
/// The one width function: how many terminal cells text takes, summed per code point as wcwidth-based
/// terminals do. Layout must never use <c>string.Length</c> or <c>StringInfo</c>.
/// </summary>
public static class CellWidth
{
    /// <summary>The Unicode version the generated tables come from.</summary>
    public const string UnicodeVersion = WidthTables.UnicodeVersion;

    /// <summary>Cells for one code point: 0 for controls and zero-width code points, else 1 or 2.</summary>
    public static int Of(Rune rune, AmbiguousWidth ambiguous = AmbiguousWidth.Narrow)
    {
        var codePoint = (uint)rune.Value;
        if (codePoint < 0x7F)
        {
            return codePoint >= 0x20 ? 1 : 0;
        }

        if (codePoint < 0xA0 || IsZeroWidth(rune))
        {
            return 0;
        }

        if (RangeTable.Contains(WidthTables.Wide, codePoint))
        {
            return 2;
        }

        return ambiguous == AmbiguousWidth.Wide && RangeTable.Contains(WidthTables.Ambiguous, codePoint) ? 2 : 1;
    }

    /// <summary>Cells for a text; a lone surrogate counts as U+FFFD.</summary>
    public static int Of(ReadOnlySpan<char> text, AmbiguousWidth ambiguous = AmbiguousWidth.Narrow)
    {
        var cells = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            cells += Of(rune, ambiguous);
        }

        return cells;
    }

    /// <inheritdoc cref="Of(ReadOnlySpan{char}, AmbiguousWidth)"/>
    public static int Of(string? text, AmbiguousWidth ambiguous = AmbiguousWidth.Narrow) =>
        Of(text.AsSpan(), ambiguous);

    /// <summary>
    /// True for code points a terminal draws on the preceding cell: marks (Mn, Me), format characters
    /// (Cf), ZWJ, variation selectors and IVS. Controls are not included: they take no cell but must
    /// never reach the terminal either.
    /// </summary>
    public static bool IsZeroWidth(Rune rune) => RangeTable.Contains(WidthTables.ZeroWidth, (uint)rune.Value);

    /// <summary>The text's cell clusters, in order: <c>foreach (var cluster in CellWidth.Clusters(text))</c>.</summary>
    public static CellClusterEnumerator Clusters(ReadOnlySpan<char> text, AmbiguousWidth ambiguous = AmbiguousWidth.Narrow) =>
        new(text, ambiguous);

    /// <summary>
    /// The longest prefix that fits in <paramref name="cells"/>, keeping marks with their base. When a
    /// wide character would be cut in half it is left out and a space keeps the width exact.
    /// </summary>
    public static string Truncate(string text, int cells, AmbiguousWidth ambiguous = AmbiguousWidth.Narrow)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (cells <= 0)
        {
            return string.Empty;
        }

        var used = 0;
        foreach (var cluster in Clusters(text, ambiguous))
        {
            if (used + cluster.Width > cells)
            {
                return string.Concat(text.AsSpan(0, cluster.Start), new string(' ', cells - used));
            }

            used += cluster.Width;
        }

        return text;
    }

    /// <summary>The text followed by spaces up to <paramref name="cells"/>; longer text is returned as it is.</summary>
    public static string PadRight(string text, int cells, AmbiguousWidth ambiguous = AmbiguousWidth.Narrow)
    {
        ArgumentNullException.ThrowIfNull(text);
        var missing = cells - Of(text, ambiguous);
        return missing > 0 ? text + new string(' ', missing) : text;
    }

    /// <summary>Exactly <paramref name="cells"/> wide: truncated, then padded.</summary>
    public static string Fit(string text, int cells, AmbiguousWidth ambiguous = AmbiguousWidth.Narrow) =>
        PadRight(Truncate(text, cells, ambiguous), cells, ambiguous);
}
