using TextEhr.Tui.Screen;
using TextEhr.Tui.Text;
using TextEhr.Tui.Themes;
using TextEhr.Tui.Views;

namespace TextEhr.App.Screens.Access;

/// <summary>
/// A <see cref="StatusLine"/> given two or three rows: a parser's message says what to type with an
/// example, which is longer than 80 cells of Japanese, and an elderly doctor must read it whole.
/// </summary>
public sealed class StatusPanel : View
{
    /// <summary>What is shown: the message, its kind and its words of severity.</summary>
    public StatusLine Line { get; } = new();

    public string Text => Line.Message.Length == 0 ? string.Empty : Line.Text;

    public void Show(string message, StatusKind kind = StatusKind.Info) => Line.Show(message, kind);

    public void Clear() => Line.Clear();

    public override void Draw(ScreenBuffer screen, Theme theme)
    {
        ArgumentNullException.ThrowIfNull(screen);
        ArgumentNullException.ThrowIfNull(theme);
        screen.Fill(Bounds, theme[VisualRole.Normal]);
        var style = theme[Line.Kind switch
        {
            StatusKind.Error => VisualRole.Error,
            StatusKind.Warning => VisualRole.Warning,
            _ => VisualRole.Normal,
        }];
        var text = Text;
        var start = 0;
        for (var y = Bounds.Y; y < Bounds.Bottom && start < text.Length; y++)
        {
            var end = LineEnd(text, start, Math.Max(Bounds.Width, 1));
            screen.Write(Bounds.X, y, text.AsSpan(start, end - start), style, Bounds);
            start = end;
        }
    }

    // Where a row of `cells` cells starting at `start` ends; a wide character that would straddle the edge moves down whole.
    private static int LineEnd(string text, int start, int cells)
    {
        var used = 0;
        foreach (var cluster in CellWidth.Clusters(text.AsSpan(start)))
        {
            if (used > 0 && used + cluster.Width > cells)
            {
                return start + cluster.Start;
            }

            used += cluster.Width;
        }

        return text.Length;
    }
}
