using System.Runtime.InteropServices;

namespace TextEhr.Tui.Text;

/// <summary>
/// What a terminal puts in one or two cells: a spacing code point followed by the zero-width code
/// points drawn on it (combining marks, variation selectors, IVS, ZWJ). Not a UAX #29 grapheme:
/// ﾀﾞ is one grapheme but two clusters, because terminals draw the ﾞ in its own cell.
/// </summary>
/// <param name="Start">Index of the first UTF-16 unit in the measured text.</param>
/// <param name="Length">Number of UTF-16 units.</param>
/// <param name="Width">Cells: 1 or 2, or 0 for a control character or marks with nothing to sit on.</param>
[StructLayout(LayoutKind.Auto)]
public readonly record struct CellCluster(int Start, int Length, int Width)
{
    /// <summary>Index just after the cluster.</summary>
    public int End => Start + Length;
}
