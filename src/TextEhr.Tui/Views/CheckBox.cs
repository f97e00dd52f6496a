using TextEhr.Tui.Input;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Themes;

namespace TextEhr.Tui.Views;

/// <summary>
/// <c>[x] 紹介状あり</c>: the mark says the state in ASCII, which no theme can hide.
/// Space toggles; Enter goes on to the next field.
/// </summary>
public sealed class CheckBox(string text) : View, IFocusable
{
    public string Text { get; set; } = text;

    public bool Checked { get; set; }

    public bool HasFocus { get; set; }

    public bool IsEnabled { get; set; } = true;

    public Action? Changed { get; set; }

    public Point? Caret => HasFocus && !Bounds.IsEmpty ? new Point(Bounds.X + 1, Bounds.Y) : null;

    public HandleResult Handle(InputEvent input)
    {
        if (!IsEnabled || input is not KeyEvent { Key: ConsoleKey.Spacebar, Modifiers: ConsoleModifiers.None })
        {
            return HandleResult.Ignored;
        }

        Checked = !Checked;
        Changed?.Invoke();
        return HandleResult.Redraw;
    }

    public override void Draw(ScreenBuffer screen, Theme theme)
    {
        ArgumentNullException.ThrowIfNull(screen);
        ArgumentNullException.ThrowIfNull(theme);
        var normal = theme[IsEnabled ? VisualRole.Normal : VisualRole.Disabled];
        screen.Fill(Bounds, normal);
        var box = theme[!IsEnabled ? VisualRole.Disabled : HasFocus ? VisualRole.Focus : VisualRole.Label];
        var end = screen.Write(Bounds.X, Bounds.Y, Checked ? "[x]" : "[ ]", box, Bounds);
        screen.Write(end + 1, Bounds.Y, Text, normal, Bounds);
    }
}
