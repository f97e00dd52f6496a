using TextEhr.Tui.Input;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Themes;
using TextEhr.Tui.Views;

namespace TextEhr.App.Screens.Clinical;

/// <summary>
/// A <see cref="TextField"/> that checks its text when the focus leaves it, as <see cref="DateField"/>
/// does for dates, so every box of a form says what is wrong the moment the doctor moves on.
/// </summary>
public sealed class CheckedTextField(Func<string, string?> check) : View, IFocusable, IValidatable
{
    public TextField Box { get; } = new();

    public string Text
    {
        get => Box.Text;
        set => Box.Text = value;
    }

    /// <summary>The error of the last check, cleared by typing.</summary>
    public string? Error { get; private set; }

    public bool HasFocus
    {
        get => Box.HasFocus;
        set => Box.HasFocus = value;
    }

    public bool IsEnabled
    {
        get => Box.IsEnabled;
        set => Box.IsEnabled = value;
    }

    public Point? Caret => Box.Caret;

    /// <summary>Called after the text is checked on leave (fills defaults from an item name, say).</summary>
    public Action? Left { get; set; }

    public HandleResult Handle(InputEvent input)
    {
        var result = Box.Handle(input);
        if (result != HandleResult.Ignored)
        {
            Error = null;
        }

        return result;
    }

    public string? Validate()
    {
        Error = check(Text);
        Left?.Invoke();
        return Error;
    }

    public override void Draw(ScreenBuffer screen, Theme theme)
    {
        ArgumentNullException.ThrowIfNull(screen);
        ArgumentNullException.ThrowIfNull(theme);
        Box.Bounds = Bounds;
        Box.Draw(screen, theme);
    }
}
