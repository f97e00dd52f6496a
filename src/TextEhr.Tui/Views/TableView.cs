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
    private readonly RowCursor _cursor = new();

    public TableView(IReadOnlyList<TableColumn> columns, ITableSource source)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(source);
        Columns = columns;
        Source = source;
    }

    public IReadOnlyList<TableColumn> Columns { get; }

    public ITableSource Source { get; set; }

    public int SelectedIndex
    {
        get => _cursor.SelectedIndex;
        set => _cursor.SelectedIndex = value;
    }

    public int TopIndex => _cursor.TopIndex;

    public Func<int, HandleResult>? Activate { get; set; }

    public bool HasFocus { get; set; }

    public bool IsEnabled { get; set; } = true;

    public Point? Caret => null;

    private int Visible => RowCursor.Visible(Bounds);

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

        return _cursor.Move(key.Key, Source.RowCount, Visible);
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
        _cursor.KeepSelectionInView(Source.RowCount, Visible);
        var selected = theme[HasFocus ? VisualRole.Focus : VisualRole.Selected];
        _cursor.Draw(screen, Bounds, normal, selected, Source.RowCount, index => Row(widths, column => Source.GetCell(index, column)));
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
}
