using TextEhr.Tui.Input;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Themes;

namespace TextEhr.Tui.Views;

/// <summary>
/// A one-line <see cref="TextField"/> whose text an injected rule checks when the focus leaves it (the
/// <see cref="FocusRing"/> asks), as <see cref="DateField"/> does for dates: the form says what is wrong
/// the moment the user moves on, and the text stays as typed whatever the check says. The rule belongs to
/// the caller's view model, so its tests and the screen run the same check.
/// </summary>
public sealed class CheckedField : View, IFocusable, IValidatable
{
    private readonly Func<string, string?> _check;

    /// <summary>A box whose text <paramref name="check"/> turns into an error message, or null when it reads.</summary>
    public CheckedField(Func<string, string?> check, int maxCells = 0)
    {
        ArgumentNullException.ThrowIfNull(check);
        _check = check;
        Box.MaxCells = maxCells;
    }

    /// <summary>The box itself: filter, width limit, masking.</summary>
    public TextField Box { get; } = new();

    public string Text
    {
        get => Box.Text;
        set
        {
            Box.Text = value;
            Error = null;
        }
    }

    /// <summary>The error of the last check; typing clears it.</summary>
    public string? Error { get; private set; }

    /// <summary>Shows <c>!</c> in the error colour in place of the opening bracket while <see cref="Error"/> stands.</summary>
    public bool MarksError { get; init; }

    /// <summary>Called after each check on leave (to fill defaults from what was typed, say).</summary>
    public Action? Left { get; set; }

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

    public HandleResult Handle(InputEvent input)
    {
        var before = Box.Text;
        var result = Box.Handle(input);
        if (!string.Equals(before, Box.Text, StringComparison.Ordinal))
        {
            Error = null;
        }

        return result;
    }

    public string? Validate()
    {
        Error = _check(Text);
        Left?.Invoke();
        return Error;
    }

    public override void Draw(ScreenBuffer screen, Theme theme)
    {
        ArgumentNullException.ThrowIfNull(screen);
        ArgumentNullException.ThrowIfNull(theme);
        Box.Bounds = Bounds;
        Box.Draw(screen, theme);
        if (MarksError && Error is not null && !Bounds.IsEmpty)
        {
            // A wrong box shows even in a monochrome theme, where colour alone would not.
            screen.Write(Bounds.X, Bounds.Y, "!", theme[VisualRole.Error], Bounds);
        }
    }
}
