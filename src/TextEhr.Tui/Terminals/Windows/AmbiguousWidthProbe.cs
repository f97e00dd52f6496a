using System.Runtime.Versioning;
using System.Text;
using TextEhr.Tui.Text;

namespace TextEhr.Tui.Terminals.Windows;

/// <summary>
/// Finds out how the console draws East Asian Ambiguous characters: conhost lets the font decide, and with
/// ＭＳ ゴシック or BIZ UDゴシック (which install.ps1 sets) ─ ○ ※ take two cells, so a buffer laid out for one
/// would shift every line that holds one (shared/notes/TUI.md §8.3). One ─ is written at the top-left cell and
/// the cursor column read back through the console API, which needs no reply on the input side.
/// </summary>
internal static class AmbiguousWidthProbe
{
    private static readonly byte[] Probe = Encoding.UTF8.GetBytes("\u001b[H\u2500");
    private static readonly byte[] Erase = Encoding.UTF8.GetBytes("\u001b[H  \u001b[H");

    /// <summary>Measures on the open console screen; narrow when the console cannot say.</summary>
    [SupportedOSPlatform("windows")]
    public static AmbiguousWidth Measure(Action<ReadOnlySpan<byte>> write)
    {
        try
        {
            write(Probe);
            var column = Console.CursorLeft;
            write(Erase);
            return FromColumn(column);
        }
        catch (IOException)
        {
            return AmbiguousWidth.Narrow;
        }
    }

    /// <summary>The width for the cursor column (0-based) after one ambiguous character written at column 0.</summary>
    public static AmbiguousWidth FromColumn(int column) => column >= 2 ? AmbiguousWidth.Wide : AmbiguousWidth.Narrow;
}
