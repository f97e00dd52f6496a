using TextEhr.Tui.Screen;
using TextEhr.Tui.Themes;
using TextEhr.Tui.Views;

namespace TextEhr.App.Screens.Access;

/// <summary>
/// The page of the set-up and settings screens: a title row, the form two rows below it with a margin,
/// and up to three rows of status under the form, where long messages wrap.
/// </summary>
public sealed class FormPage(string title)
{
    private readonly Label _title = new(title, VisualRole.Banner);

    public Form Form { get; } = new();

    public StatusPanel Status { get; } = new();

    public void Layout(Rect area)
    {
        _title.Bounds = area with { Height = Math.Min(1, area.Height) };
        var formHeight = Math.Min(Form.ContentHeight, Math.Max(area.Height - 6, 1));
        Form.Bounds = new Rect(area.X + 2, area.Y + 2, Math.Max(area.Width - 4, 0), formHeight);
        Status.Bounds = new Rect(area.X + 2, Form.Bounds.Bottom + 1, Math.Max(area.Width - 4, 0), Math.Max(Math.Min(3, area.Bottom - Form.Bounds.Bottom - 1), 0));
    }

    public void Draw(ScreenBuffer screen, Theme theme)
    {
        _title.Draw(screen, theme);
        Form.Draw(screen, theme);
        Status.Draw(screen, theme);
    }
}
