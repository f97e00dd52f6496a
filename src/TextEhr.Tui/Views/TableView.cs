using TextEhr.Tui.Input;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Text;
using TextEhr.Tui.Themes;

namespace TextEhr.Tui.Views;

/// <summary>
/// Rows in columns measured in cells, under a header; the chosen row is marked with <c>&gt;</c> and
/// coloured. Cells are cut by cells (a kanji never split), numbers can align right.
/// </summary>
/// <remarks>Keys: ↑ ↓ PageUp PageDown Home End choose; Enter runs <see cref="Activate"/> when set, else goes on.</remarks>
public sealed class TableView : View, IFocusable
{
    public TableView(IReadOnlyList<TableColumn> columns, ITableSource source)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(source);
        Columns = columns;
        Source = source;
    }

    public IReadOnlyList<TableColumn> Columns { get; }

    public ITableSource Source { get; set; }

    public int SelectedIndex { get; set; }

    public int TopIndex { get; private set; }

    public Func<int, HandleResult>? Activate { get; set; }

    public bool HasFocus { get; set; }

    public bool IsEnabled { get; set; } = true;

    public Point? Caret => null;

    private int Visible => Math.Max(Bounds.Height - 1, 0);

    public HandleResult Handle(InputEvent input)
    {
        if (!IsEnabled || input is not KeyEvent key)
        {
            return HandleResult.Ignored;
        }

        if (key is { Key: ConsoleKey.Enter, Modifiers: ConsoleModifiers.None } && Activate is not null && Source.RowCount > 0)
        {
            return Activate(SelectedIndex);
        }

        var page = Math.Max(Visible - 1, 1);
        var target = key.Key switch
        {
            ConsoleKey.UpArrow => SelectedIndex - 1,
            ConsoleKey.DownArrow => SelectedIndex + 1,
            ConsoleKey.PageUp => SelectedIndex - page,
            ConsoleKey.PageDown => SelectedIndex + page,
            ConsoleKey.Home => 0,
            ConsoleKey.End => Source.RowCount - 1,
            _ => (int?)null,
        };
        if (target is not { } index)
        {
            return HandleResult.Ignored;
        }

        SelectedIndex = Math.Clamp(index, 0, Math.Max(Source.RowCount - 1, 0));
        return HandleResult.Redraw;
    }

    public override void Draw(ScreenBuffer screen, Theme theme)
    {
        ArgumentNullException.ThrowIfNull(screen);
        ArgumentNullException.ThrowIfNull(theme);
        var normal = theme[IsEnabled ? VisualRole.Normal : VisualRole.Disabled];
        screen.Fill(Bounds, normal);
        if (Bounds.IsEmpty)
        {
            return;
        }

        var widths = Widths();
        screen.Write(Bounds.X, Bounds.Y, " " + Row(widths, i => Columns[i].Header), theme[VisualRole.Label], Bounds);
        KeepSelectionInView();
        for (var row = 0; row < Visible && TopIndex + row < Source.RowCount; row++)
        {
            var index = TopIndex + row;
            var selected = index == SelectedIndex;
            var style = selected ? theme[HasFocus ? VisualRole.Focus : VisualRole.Selected] : normal;
            var line = new Rect(Bounds.X, Bounds.Y + 1 + row, Bounds.Width, 1);
            screen.Fill(line, style);
            screen.Write(line.X, line.Y, (selected ? ">" : " ") + Row(widths, column => Source.GetCell(index, column)), style, line);
        }
    }

    private int[] Widths()
    {
        var fixedCells = Columns.Where(column => column.Width > 0).Sum(column => column.Width) + Columns.Count;
        var rest = Math.Max(Bounds.Width - fixedCells, 1);
        return [.. Columns.Select(column => column.Width > 0 ? column.Width : rest)];
    }

    private string Row(int[] widths, Func<int, string> cell)
    {
        var parts = new string[Columns.Count];
        for (var i = 0; i < Columns.Count; i++)
        {
            var text = CellWidth.Truncate(cell(i), widths[i]);
            var pad = widths[i] - CellWidth.Of(text);
            parts[i] = Columns[i].AlignRight ? new string(' ', pad) + text : text + new string(' ', pad);
        }

        return string.Join(' ', parts);
    }

    private void KeepSelectionInView()
    {
        SelectedIndex = Math.Clamp(SelectedIndex, 0, Math.Max(Source.RowCount - 1, 0));
        if (SelectedIndex < TopIndex)
        {
            TopIndex = SelectedIndex;
        }
        else if (Visible > 0 && SelectedIndex >= TopIndex + Visible)
        {
            TopIndex = SelectedIndex - Visible + 1;
        }
    }
}
