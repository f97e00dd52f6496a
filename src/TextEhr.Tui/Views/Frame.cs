using TextEhr.Tui.Screen;
using TextEhr.Tui.Text;
using TextEhr.Tui.Themes;

namespace TextEhr.Tui.Views;

/// <summary>
/// A box with a title in its top edge, drawn with ASCII <c>+ - |</c>: box-drawing characters are
/// ambiguous-width and break in conhost with a Japanese font. The inside is blanked.
/// </summary>
public sealed class Frame : View
{
    public string Title { get; set; } = string.Empty;

    /// <summary>The area inside the border.</summary>
    public Rect Inner => new(Bounds.X + 1, Bounds.Y + 1, Math.Max(Bounds.Width - 2, 0), Math.Max(Bounds.Height - 2, 0));

    public override void Draw(ScreenBuffer screen, Theme theme)
    {
        ArgumentNullException.ThrowIfNull(screen);
        ArgumentNullException.ThrowIfNull(theme);
        if (Bounds.Width < 2 || Bounds.Height < 2)
        {
            screen.Fill(Bounds, theme[VisualRole.Normal]);
            return;
        }

        var border = theme[VisualRole.Label];
        var edge = "+" + new string('-', Bounds.Width - 2) + "+";
        screen.Write(Bounds.X, Bounds.Y, edge, border, Bounds);
        screen.Write(Bounds.X, Bounds.Bottom - 1, edge, border, Bounds);
        for (var y = Bounds.Y + 1; y < Bounds.Bottom - 1; y++)
        {
            screen.Write(Bounds.X, y, "|", border, Bounds);
            screen.Write(Bounds.Right - 1, y, "|", border, Bounds);
        }

        screen.Fill(Inner, theme[VisualRole.Normal]);
        if (Title.Length > 0)
        {
            var title = CellWidth.Truncate($" {Title} ", Math.Max(Bounds.Width - 4, 0));
            screen.Write(Bounds.X + 2, Bounds.Y, title, theme[VisualRole.Banner], Bounds);
        }
    }
}
