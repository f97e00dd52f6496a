using System.Runtime.InteropServices;

namespace TextEhr.Tui.Screen;

/// <summary>
/// One terminal cell. A wide glyph is stored as its leading cell (<see cref="Width"/> 2, the cluster's
/// text) followed by a continuation cell (<see cref="Width"/> 0, empty text, the same style).
/// </summary>
/// <param name="Text">One cell cluster: a spacing code point and the marks drawn on it.</param>
/// <param name="Style">How it is drawn.</param>
/// <param name="Width">1, 2 for the leading half of a wide glyph, 0 for its continuation.</param>
[StructLayout(LayoutKind.Auto)]
public readonly record struct Cell(string Text, Style Style, int Width)
{
    public bool IsContinuation => Width == 0;

    /// <summary>A space in the given style.</summary>
    public static Cell Blank(Style style) => new(" ", style, 1);

    internal static Cell ContinuationOf(Style style) => new(string.Empty, style, 0);
}
