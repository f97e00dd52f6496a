using TextEhr.Tui.Screen;
using TextEhr.Tui.Testing;

namespace TextEhr.Tui.Tests.Support;

/// <summary>
/// Screen assertions as text blocks: the rows as shown (trailing spaces ignored, since editors strip
/// them from raw strings) and a digit map of styles, one digit per cell, indexing a palette.
/// </summary>
internal static class ScreenAssert
{
    /// <summary>The rows as shown, and every wide glyph whole: a leader followed by its continuation, nothing else.</summary>
    public static void Text(string expected, ScreenBuffer screen)
    {
        Assert.Equal(Normalise(expected), Normalise(screen.ToString()));
        for (var y = 0; y < screen.Height; y++)
        {
            for (var x = 0; x < screen.Width; x++)
            {
                var leads = screen[x, y].Width == 2;
                var continues = x + 1 < screen.Width && screen[x + 1, y].IsContinuation;
                Assert.True(leads == continues, $"Cell ({x}, {y}) breaks the wide-pair invariant.");
                Assert.False(x == 0 && screen[x, y].IsContinuation, $"Row {y} starts with a continuation.");
            }
        }
    }

    public static void Text(string expected, VtEmulator screen) =>
        Assert.Equal(Normalise(expected), Normalise(screen.ToString()));

    /// <summary>Each cell's style as its index in <paramref name="palette"/>, '?' when absent.</summary>
    public static void Styles(string expected, ScreenBuffer screen, params Style[] palette)
    {
        var rows = Enumerable.Range(0, screen.Height).Select(y =>
            string.Concat(Enumerable.Range(0, screen.Width).Select(x => Digit(palette, screen[x, y].Style))));
        Assert.Equal(Normalise(expected), string.Join('\n', rows));
    }

    /// <summary>One row's styles as digits: for a few rows of a big screen.</summary>
    public static void StylesOfRow(string expected, ScreenBuffer screen, int y, params Style[] palette) =>
        Assert.Equal(expected, string.Concat(Enumerable.Range(0, screen.Width).Select(x => Digit(palette, screen[x, y].Style))));

    /// <summary>Every cell of the emulated terminal equals the model's: text, style and width.</summary>
    public static void SameCells(ScreenBuffer model, VtEmulator terminal, string context = "")
    {
        Assert.Equal((model.Width, model.Height), (terminal.Width, terminal.Height));
        for (var y = 0; y < model.Height; y++)
        {
            for (var x = 0; x < model.Width; x++)
            {
                if (model[x, y] != terminal[x, y])
                {
                    Assert.Fail($"{context} cell ({x}, {y}): model {model[x, y]}, terminal {terminal[x, y]}\n"
                        + $"model row:    [{model.RowText(y)}]\nterminal row: [{terminal.RowText(y)}]");
                }
            }
        }
    }

    private static char Digit(Style[] palette, Style style)
    {
        var index = Array.IndexOf(palette, style);
        return index is >= 0 and <= 9 ? (char)('0' + index) : '?';
    }

    private static string Normalise(string text) =>
        string.Join('\n', text.ReplaceLineEndings("\n").Split('\n').Select(row => row.TrimEnd(' ')));
}
