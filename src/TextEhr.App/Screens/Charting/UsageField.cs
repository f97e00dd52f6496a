using TextEhr.Tui.Input;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Themes;
using TextEhr.Tui.Views;

namespace TextEhr.App.Screens.Charting;

/// <summary>
/// 用法: free text, or ↑ ↓ to step through the common ones (1日1回朝食後, 1日3回毎食後, 頓用 疼痛時 …)
/// without typing a character.
/// </summary>
public sealed class UsageField : View, IFocusable
{
    /// <summary>The 用法 most prescriptions of a small clinic use, in the order ↓ offers them.</summary>
    public static readonly IReadOnlyList<string> Common =
    [
        "1日1回朝食後", "1日2回朝夕食後", "1日3回毎食後", "1日1回夕食後", "1日1回就寝前",
        "頓用 疼痛時", "頓用 発熱時", "頓用 不眠時", "外用 1日2回", "外用 1日1回",
    ];

    private int _index = -1;

    public TextField Box { get; } = new() { MaxCells = 40 };

    public string Text
    {
        get => Box.Text;
        set
        {
            Box.Text = value;
            _index = IndexOf(value);
        }
    }

    public bool HasFocus
    {
        get => Box.HasFocus;
        set => Box.HasFocus = value;
    }

    public bool IsEnabled => true;

    public Point? Caret => Box.Caret;

    /// <summary>True for 頓用: the count is 回, not 日分.</summary>
    public bool IsAsNeeded => Text.TrimStart().StartsWith('頓');

    public HandleResult Handle(InputEvent input)
    {
        if (input is KeyEvent { IsText: false, Key: ConsoleKey.UpArrow or ConsoleKey.DownArrow } key)
        {
            var step = key.Key == ConsoleKey.DownArrow ? 1 : -1;
            _index = ((_index < 0 && step < 0 ? 0 : _index + step) % Common.Count + Common.Count) % Common.Count;
            Box.Text = Common[_index];
            return HandleResult.Redraw;
        }

        return Box.Handle(input);
    }

    public override void Draw(ScreenBuffer screen, Theme theme)
    {
        ArgumentNullException.ThrowIfNull(screen);
        ArgumentNullException.ThrowIfNull(theme);
        screen.Fill(Bounds, theme[VisualRole.Normal]);
        var hint = ChartMessages.UsageHint;
        var box = Math.Max(Bounds.Width - hint.Length * 2 - 1, 0);
        Box.Bounds = Bounds with { Width = box, Height = Math.Min(Bounds.Height, 1) };
        Box.Draw(screen, theme);
        screen.Write(Box.Bounds.Right + 1, Bounds.Y, hint, theme[VisualRole.Label], Bounds);
    }

    private static int IndexOf(string text)
    {
        for (var i = 0; i < Common.Count; i++)
        {
            if (string.Equals(Common[i], text, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
