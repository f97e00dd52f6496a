using TextEhr.Domain.Prescriptions;
using TextEhr.Tui.Input;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Text;
using TextEhr.Tui.Themes;
using TextEhr.Tui.Views;

namespace TextEhr.App.Screens.Charting;

/// <summary>
/// Today's Rp groups, one line each (<c>Rp1) アムロジピン錠5mg 1錠 / 1日1回朝食後 28日分</c>). Focused,
/// ↑ ↓ choose a line and Del asks to delete it; Enter and Tab go on to the next box.
/// </summary>
public sealed class RpList : View, IFocusable
{
    private int _top;

    public IReadOnlyList<PrescriptionGroup> Groups { get; set; } = [];

    public int SelectedIndex { get; set; }

    /// <summary>Del on a line: the screen asks before deleting.</summary>
    public Action<int>? Delete { get; set; }

    public bool HasFocus { get; set; }

    /// <summary>Visual lines at a width: each Rp wraps under its own text, so the 日数 is never cut off.</summary>
    private List<(int Group, string Text)> Lines(int width)
    {
        var lines = new List<(int Group, string Text)>();
        const string indent = "     ";
        for (var i = 0; i < Groups.Count; i++)
        {
            var rest = ChartText.RpLine(i + 1, Groups[i]);
            var prefix = string.Empty;
            while (rest.Length > 0)
            {
                var room = Math.Max(width - CellWidth.Of(prefix), 2);
                var part = CellWidth.Truncate(rest, room).TrimEnd(' ');
                if (part.Length == 0)
                {
                    part = rest[..1];
                }

                lines.Add((i, prefix + part));
                rest = rest[part.Length..].TrimStart();
                prefix = indent;
            }
        }

        return lines;
    }

    public bool IsEnabled => true;

    public Point? Caret => HasFocus && !Bounds.IsEmpty
        ? new Point(Bounds.X, Bounds.Y + Math.Clamp(SelectedIndex - _top, 0, Math.Max(Bounds.Height - 1, 0)))
        : null;

    public HandleResult Handle(InputEvent input)
    {
        if (input is not KeyEvent key || key.IsText)
        {
            return HandleResult.Ignored;
        }

        switch (key.Key)
        {
            case ConsoleKey.UpArrow:
                SelectedIndex = Math.Max(SelectedIndex - 1, 0);
                return HandleResult.Redraw;
            case ConsoleKey.DownArrow:
                SelectedIndex = Math.Min(SelectedIndex + 1, Math.Max(Groups.Count - 1, 0));
                return HandleResult.Redraw;
            case ConsoleKey.Delete when Groups.Count > 0:
                Delete?.Invoke(Math.Clamp(SelectedIndex, 0, Groups.Count - 1));
                return HandleResult.Redraw;
            default:
                return HandleResult.Ignored;
        }
    }

    public override void Draw(ScreenBuffer screen, Theme theme)
    {
        ArgumentNullException.ThrowIfNull(screen);
        ArgumentNullException.ThrowIfNull(theme);
        var normal = theme[VisualRole.Normal];
        screen.Fill(Bounds, normal);
        if (Bounds.IsEmpty)
        {
            return;
        }

        if (Groups.Count == 0)
        {
            screen.Write(Bounds.X, Bounds.Y, ChartMessages.NoPrescription, theme[HasFocus ? VisualRole.Focus : VisualRole.Label], Bounds);
            return;
        }

        SelectedIndex = Math.Clamp(SelectedIndex, 0, Groups.Count - 1);
        var lines = Lines(Bounds.Width);
        var first = lines.FindIndex(line => line.Group == SelectedIndex);
        var last = lines.FindLastIndex(line => line.Group == SelectedIndex);
        _top = Math.Clamp(_top, Math.Max(last - Bounds.Height + 1, 0), first);
        for (var row = 0; row < Bounds.Height && _top + row < lines.Count; row++)
        {
            var (group, text) = lines[_top + row];
            var line = Bounds with { Y = Bounds.Y + row, Height = 1 };
            var style = theme[HasFocus && group == SelectedIndex ? VisualRole.Focus : VisualRole.Normal];
            screen.Fill(line, style);
            screen.Write(line.X, line.Y, text, style, line);
        }
    }
}
