using TextEhr.Tui.Screen;
using TextEhr.Tui.Text;
using TextEhr.Tui.Themes;

namespace TextEhr.Tui.Views;

/// <summary>
/// One highlighted line at the top (the patient: name, age, sex, insurance) with an optional warning
/// part in the Warning role (allergies). When the row is short the ordinary text is cut, never the
/// warning.
/// </summary>
public sealed class Banner : View
{
    public string Text { get; set; } = string.Empty;

    /// <summary>Words that must not be missed; null or empty for none.</summary>
    public string? Warning { get; set; }

    public override void Draw(ScreenBuffer screen, Theme theme)
    {
        ArgumentNullException.ThrowIfNull(screen);
        ArgumentNullException.ThrowIfNull(theme);
        var row = Bounds with { Height = Math.Min(Bounds.Height, 1) };
        screen.Fill(Bounds, theme[VisualRole.Banner]);
        var warning = string.IsNullOrEmpty(Warning) ? string.Empty : $" {Warning} ";
        var warningCells = Math.Min(CellWidth.Of(warning), row.Width);
        var text = CellWidth.Truncate(" " + Text, Math.Max(row.Width - warningCells - 1, 0));
        var end = screen.Write(row.X, row.Y, text, theme[VisualRole.Banner], row);
        if (warningCells > 0)
        {
            screen.Write(Math.Min(end + 1, row.Right - warningCells), row.Y, warning, theme[VisualRole.Warning], row);
        }
    }
}
