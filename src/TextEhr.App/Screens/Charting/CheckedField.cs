using TextEhr.Tui.Input;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Themes;
using TextEhr.Tui.Views;

namespace TextEhr.App.Screens.Charting;

/// <summary>
/// A one-line box checked when the focus leaves it (the focus ring asks), with the same parser the
/// save uses; the text stays as typed whatever the check says.
/// </summary>
public sealed class CheckedField : View, IFocusable, IValidatable
{
    private readonly Func<string, string?> _check;

    /// <summary>A box whose text <paramref name="check"/> turns into a Japanese error, or null when it reads.</summary>
    public CheckedField(Func<string, string?> check, int maxCells = 0)
    {
        ArgumentNullException.ThrowIfNull(check);
        _check = check;
        Box = new TextField { MaxCells = maxCells };
        Box.Changed = () => Error = null;
    }

    public TextField Box { get; }

    public string Text
    {
        get => Box.Text;
        set
        {
            Box.Text = value;
            Error = null;
        }
    }

    /// <summary>The error of the last check, cleared when the text changes.</summary>
    public string? Error { get; private set; }

    public bool HasFocus
    {
        get => Box.HasFocus;
        set => Box.HasFocus = value;
    }

    public bool IsEnabled => Box.IsEnabled;

    public Point? Caret => Box.Caret;

    public HandleResult Handle(InputEvent input) => Box.Handle(input);

    public string? Validate() => Error = _check(Text);

    public override void Draw(ScreenBuffer screen, Theme theme)
    {
        ArgumentNullException.ThrowIfNull(screen);
        ArgumentNullException.ThrowIfNull(theme);
        Box.Bounds = Bounds;
        Box.Draw(screen, theme);
        if (Error is not null && !Bounds.IsEmpty)
        {
            // The brackets turn to the error colour, so a wrong box shows even in a monochrome theme's bold.
            screen.Write(Bounds.X, Bounds.Y, "!", theme[VisualRole.Error], Bounds);
        }
    }
}
