using TextEhr.Tui.Input;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Themes;
using TextEhr.Tui.Views;

namespace TextEhr.App.Screens.Access;

/// <summary>
/// A text box that checks itself when the focus leaves it, so the <see cref="FocusRing"/> hands the
/// Japanese message to the screen's status line. The check is the view model's, so the screen and the
/// view model tests run the same rule.
/// </summary>
public sealed class CheckedField : View, IFocusable, IValidatable
{
    private readonly Func<string, string?> _check;

    /// <summary>A box whose text <paramref name="check"/> reads on leave, returning an error or null.</summary>
    public CheckedField(Func<string, string?> check, int maxCells = 0)
    {
        ArgumentNullException.ThrowIfNull(check);
        _check = check;
        Box.MaxCells = maxCells;
    }

    /// <summary>The box itself: text, filter, masking.</summary>
    public TextField Box { get; } = new();

    public string Text
    {
        get => Box.Text;
        set => Box.Text = value;
    }

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

    public HandleResult Handle(InputEvent input) => Box.Handle(input);

    public string? Validate() => _check(Box.Text);

    public override void Draw(ScreenBuffer screen, Theme theme)
    {
        Box.Bounds = Bounds;
        Box.Draw(screen, theme);
    }
}
