using TextEhr.Tui.Screen;
using TextEhr.Tui.Text;
using TextEhr.Tui.Themes;

namespace TextEhr.Tui.Views;

/// <summary>
/// The line above the F-key bar: what just happened, or what is wrong. Errors and warnings start with
/// the words エラー or 注意, so a monochrome theme or weak colour vision loses nothing. A hint
/// (the mode, a count) sits at the right.
/// </summary>
public sealed class StatusLine : View
{
    public string Message { get; private set; } = string.Empty;

    public StatusKind Kind { get; private set; }

    /// <summary>Right-aligned text such as the input mode; dropped first when space runs out.</summary>
    public string Hint { get; set; } = string.Empty;

    public void Show(string message, StatusKind kind = StatusKind.Info)
    {
        ArgumentNullException.ThrowIfNull(message);
        Message = message.ReplaceLineEndings(" ");
        Kind = kind;
    }

    public void Clear() => Show(string.Empty);

    /// <summary>The message as drawn, with its words of severity.</summary>
    public string Text => Kind switch
    {
        StatusKind.Error => TuiMessages.ErrorPrefix + Message,
        StatusKind.Warning => TuiMessages.WarningPrefix + Message,
        _ => Message,
    };

    public override void Draw(ScreenBuffer screen, Theme theme)
    {
        ArgumentNullException.ThrowIfNull(screen);
        ArgumentNullException.ThrowIfNull(theme);
        screen.Fill(Bounds, theme[VisualRole.Normal]);
        var role = Kind switch
        {
            StatusKind.Error => VisualRole.Error,
            StatusKind.Warning => VisualRole.Warning,
            _ => VisualRole.Normal,
        };
        var text = Message.Length == 0 ? string.Empty : Text;
        var end = screen.Write(Bounds.X, Bounds.Y, text, theme[role], Bounds);
        var hint = CellWidth.Of(Hint);
        if (hint > 0 && end + 1 + hint <= Bounds.Right)
        {
            screen.Write(Bounds.Right - hint, Bounds.Y, Hint, theme[VisualRole.Label], Bounds);
        }
    }
}
