using TextEhr.Tui.Commands;
using TextEhr.Tui.Hosting;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Text;
using TextEhr.Tui.Themes;

namespace TextEhr.Tui.Views;

/// <summary>
/// A modal box over the screen that opened it: a title, a message wrapped by cells, an optional
/// one-line field (a reason for a void, say) and its buttons. Enter (or F12) accepts, Esc cancels;
/// the buttons and the F-key bar come from the dialog's key map. Push it on the <see cref="EventLoop"/>.
/// </summary>
public sealed class Dialog : IScreen
{
    private readonly Frame _frame = new();
    private readonly Action<bool>? _closed;
    private List<string> _lines = [];

    /// <summary>A dialog; push it on the loop to show it.</summary>
    /// <param name="title">The frame's title (確認, エラー).</param>
    /// <param name="message">What to say; line feeds are kept, long lines are wrapped.</param>
    /// <param name="closed">Told whether the dialog was accepted, just before it closes.</param>
    /// <param name="content">A focusable field shown under the message, or null.</param>
    public Dialog(string title, string message, Action<bool>? closed = null, View? content = null)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(message);
        _frame.Title = title;
        Message = message;
        _closed = closed;
        Content = content;
        if (content is IFocusable focusable)
        {
            focusable.HasFocus = true;
        }
    }

    public string Title => _frame.Title;

    public string Message { get; }

    public View? Content { get; }

    /// <summary>True when accepted, false when cancelled, null while open.</summary>
    public bool? Result { get; private set; }

    public KeyMap Keys { get; init; } = StandardKeys.ForDialog();

    public IFocusable? Focused => Content as IFocusable;

    /// <summary>Where the box is, after layout.</summary>
    public Rect Bounds => _frame.Bounds;

    public void Layout(Rect area)
    {
        var buttons = CellWidth.Of(Buttons());
        var widest = Message.Split('\n').Select(line => CellWidth.Of(line)).Append(buttons).Append(CellWidth.Of(Title) + 4).Max();
        var inner = Math.Clamp(Math.Max(widest, Content is null ? 0 : 30), 1, Math.Max(area.Width - 6, 1));
        _lines = [.. Message.Split('\n').SelectMany(line => TextWrap.Lines(line, inner).Select(part => line[part.Start..part.End]))];
        var height = Math.Min(_lines.Count + (Content is null ? 0 : 2) + 4, area.Height);
        var width = Math.Min(inner + 4, area.Width);
        _frame.Bounds = new Rect(area.X + ((area.Width - width) / 2), area.Y + ((area.Height - height) / 2), width, height);
    }

    public void Draw(ScreenBuffer screen, Theme theme)
    {
        ArgumentNullException.ThrowIfNull(screen);
        ArgumentNullException.ThrowIfNull(theme);
        _frame.Draw(screen, theme);
        var inner = _frame.Inner with { X = _frame.Inner.X + 1, Width = Math.Max(_frame.Inner.Width - 2, 0) };
        var y = inner.Y;
        foreach (var line in _lines)
        {
            screen.Write(inner.X, y++, line, theme[VisualRole.Normal], inner);
        }

        if (Content is not null)
        {
            Content.Bounds = new Rect(inner.X, ++y, inner.Width, 1);
            Content.Draw(screen, theme);
            y++;
        }

        var buttons = Buttons();
        screen.Write(inner.X + ((inner.Width - CellWidth.Of(buttons)) / 2), inner.Bottom - 1, buttons, theme[VisualRole.Label], inner);
    }

    public HandleResult Execute(CommandId command)
    {
        if (command != StandardCommands.Accept && command != StandardCommands.Cancel)
        {
            return HandleResult.Ignored;
        }

        Result = command == StandardCommands.Accept;
        _closed?.Invoke(Result.Value);
        return HandleResult.Close;
    }

    // [Enter 決定]  [Esc 取消], from the key map: the first key of each, which is what a user presses in a dialog.
    private string Buttons() => string.Join("  ", new[] { StandardCommands.Accept, StandardCommands.Cancel }
        .Select(command => Keys[command])
        .Where(binding => binding is { InBar: true, Keys.Count: > 0 })
        .Select(binding => $"[{binding!.Keys[0]} {binding.Label}]"));
}
