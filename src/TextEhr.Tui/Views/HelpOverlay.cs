using TextEhr.Tui.Commands;
using TextEhr.Tui.Hosting;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Text;
using TextEhr.Tui.Themes;

namespace TextEhr.Tui.Views;

/// <summary>
/// The F1 help: every key of the screen underneath, generated from its key map (keys, label, help),
/// in a box over it. ↑ ↓ PageUp PageDown scroll; Esc or F1 closes it. The event loop opens it for
/// any screen that does not handle Help itself.
/// </summary>
public sealed class HelpOverlay : IScreen
{
    private readonly KeyMap _help;
    private readonly Frame _frame = new() { Title = TuiMessages.HelpTitle };
    private readonly TextArea _text = new() { ReadOnly = true, HasFocus = true };
    private readonly Label _footer = new(TuiMessages.HelpFooter);

    public HelpOverlay(KeyMap keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _help = keys;
        Keys = new KeyMap("help", [StandardKeys.Back with { Label = TuiMessages.CloseLabel }, StandardKeys.Help with { Label = TuiMessages.CloseLabel, InBar = false }]);
    }

    public KeyMap Keys { get; }

    public IFocusable? Focused => _text;

    /// <summary>The help as shown: one row per key, the help text wrapped under its own column.</summary>
    public string Text => _text.Text;

    public void Layout(Rect area)
    {
        _frame.Bounds = new Rect(area.X + 2, area.Y + 1, Math.Max(area.Width - 4, 0), Math.Max(area.Height - 2, 0));
        var inner = _frame.Inner;
        _text.Bounds = new Rect(inner.X + 1, inner.Y, Math.Max(inner.Width - 2, 0), Math.Max(inner.Height - 1, 0));
        _footer.Bounds = new Rect(inner.X + 1, inner.Bottom - 1, Math.Max(inner.Width - 2, 0), 1);
        _text.Text = Lines(_text.Bounds.Width);
    }

    public void Draw(ScreenBuffer screen, Theme theme)
    {
        ArgumentNullException.ThrowIfNull(screen);
        ArgumentNullException.ThrowIfNull(theme);
        _frame.Draw(screen, theme);
        _text.Draw(screen, theme);
        _footer.Draw(screen, theme);
    }

    public HandleResult Execute(CommandId command) =>
        command == StandardCommands.Back || command == StandardCommands.Help ? HandleResult.Close : HandleResult.Ignored;

    private string Lines(int width)
    {
        var keysWidth = KeyTable.KeysWidth(_help) + 2;
        var labelWidth = KeyTable.LabelWidth(_help) + 2;
        var helpWidth = Math.Max(width - keysWidth - labelWidth, 10);
        var indent = new string(' ', keysWidth + labelWidth);
        var lines = new List<string>();
        foreach (var (keys, label, help) in KeyTable.Rows(_help))
        {
            var parts = TextWrap.Lines(help, helpWidth).Select(part => help[part.Start..part.End]).ToList();
            lines.Add(CellWidth.PadRight(keys, keysWidth) + CellWidth.PadRight(label, labelWidth) + parts[0]);
            lines.AddRange(parts.Skip(1).Select(part => indent + part));
        }

        return string.Join('\n', lines);
    }
}
