using TextEhr.Tui.Screen;
using TextEhr.Tui.Themes;

namespace TextEhr.Tui.Views;

/// <summary>Fixed text, one row per line, cut to its bounds by cells.</summary>
public sealed class Label(string text = "", VisualRole role = VisualRole.Label) : View
{
    public string Text { get; set; } = text;

    public VisualRole Role { get; set; } = role;

    public override void Draw(ScreenBuffer screen, Theme theme)
    {
        ArgumentNullException.ThrowIfNull(screen);
        ArgumentNullException.ThrowIfNull(theme);
        var style = theme[Role];
        screen.Fill(Bounds, style);
        var lines = Text.Split('\n');
        for (var row = 0; row < Bounds.Height && row < lines.Length; row++)
        {
            screen.Write(Bounds.X, Bounds.Y + row, lines[row], style, Bounds);
        }
    }
}
