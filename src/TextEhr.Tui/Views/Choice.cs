using System.Globalization;
using TextEhr.Tui.Input;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Text;
using TextEhr.Tui.Themes;

namespace TextEhr.Tui.Views;

/// <summary>
/// One of a few options, all shown, numbered: <c>[1 男]  2 女 </c>. The brackets mark the choice in
/// any theme. ← → move; a digit picks by number; a typed letter or character picks the first option
/// starting with it; Space picks the next.
/// </summary>
public sealed class Choice : View, IFocusable
{
    public Choice(IReadOnlyList<string> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    public IReadOnlyList<string> Options { get; }

    /// <summary>The chosen option's index, or −1 for none yet.</summary>
    public int SelectedIndex { get; set; } = -1;

    public string? SelectedOption => SelectedIndex >= 0 && SelectedIndex < Options.Count ? Options[SelectedIndex] : null;

    public bool HasFocus { get; set; }

    public bool IsEnabled { get; set; } = true;

    public Action? Changed { get; set; }

    public Point? Caret => HasFocus && !Bounds.IsEmpty ? new Point(Bounds.X + OptionStart(Math.Max(SelectedIndex, 0)) + 1, Bounds.Y) : null;

    public HandleResult Handle(InputEvent input)
    {
        if (!IsEnabled || input is not KeyEvent key || Options.Count == 0)
        {
            return HandleResult.Ignored;
        }

        var index = key switch
        {
            { Key: ConsoleKey.LeftArrow } => Math.Max(SelectedIndex - 1, 0),
            { Key: ConsoleKey.RightArrow } => Math.Min(SelectedIndex + 1, Options.Count - 1),
            { Key: ConsoleKey.Spacebar } => (SelectedIndex + 1) % Options.Count,
            { IsText: true } => ByText(ToAscii(key.Text)),
            _ => -2,
        };
        if (index == -2)
        {
            return HandleResult.Ignored;
        }

        if (index >= 0 && index != SelectedIndex)
        {
            SelectedIndex = index;
            Changed?.Invoke();
        }

        return HandleResult.Redraw;
    }

    public override void Draw(ScreenBuffer screen, Theme theme)
    {
        ArgumentNullException.ThrowIfNull(screen);
        ArgumentNullException.ThrowIfNull(theme);
        var normal = theme[IsEnabled ? VisualRole.Normal : VisualRole.Disabled];
        screen.Fill(Bounds, normal);
        for (var i = 0; i < Options.Count; i++)
        {
            var chosen = i == SelectedIndex;
            var style = !IsEnabled ? normal : chosen ? theme[HasFocus ? VisualRole.Focus : VisualRole.Selected] : normal;
            screen.Write(Bounds.X + OptionStart(i), Bounds.Y, chosen ? $"[{Caption(i)}]" : $" {Caption(i)} ", style, Bounds);
        }
    }

    private string Caption(int index) => string.Create(CultureInfo.InvariantCulture, $"{index + 1} {Options[index]}");

    // Each option takes its caption, two bracket cells and a space between options.
    private int OptionStart(int index) => Enumerable.Range(0, index).Sum(i => CellWidth.Of(Caption(i)) + 3);

    private int ByText(string text)
    {
        if (text.Length == 1 && char.IsAsciiDigit(text[0]))
        {
            var number = text[0] - '0';
            return number >= 1 && number <= Options.Count ? number - 1 : -1;
        }

        for (var i = 0; i < Options.Count; i++)
        {
            if (Options[i].StartsWith(text, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static string ToAscii(string text) =>
        text.Length == 1 && text[0] is >= '\uFF10' and <= '\uFF19' ? ((char)(text[0] - 0xFEE0)).ToString() : text;
}
