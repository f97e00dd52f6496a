using TextEhr.Tui.Input;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Text;
using TextEhr.Tui.Themes;

namespace TextEhr.Tui.Views;

/// <summary>
/// A list with an incremental filter and virtual scrolling: the first row is the filter (typed text
/// narrows the list on every keystroke, htop-style), the rest show only the rows in view, fetched by
/// index. The chosen row is marked with <c>&gt;</c> as well as coloured; no match says 該当なし.
/// </summary>
/// <remarks>
/// Keys: text and paste filter; Backspace shortens the filter; Esc clears it (then goes on as 戻る);
/// ↑ ↓ PageUp PageDown Home End choose; Enter runs <see cref="Activate"/> when set, else goes on.
/// The hardware cursor sits at the end of the filter, so the IME writes there.
/// </remarks>
public sealed class ListView : View, IFocusable
{
    private readonly EditableText _filter = new();
    private readonly RowCursor _cursor = new();
    private IListSource _source;
    private IListSource _rows;

    public ListView(IListSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
        _rows = source;
    }

    /// <summary>The unfiltered rows; setting it clears the filter.</summary>
    public IListSource Source
    {
        get => _source;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            _source = value;
            Filter = string.Empty;
        }
    }

    /// <summary>The rows shown: the source, narrowed by the filter.</summary>
    public IListSource Rows => _rows;

    public string Filter
    {
        get => _filter.Text;
        set
        {
            _filter.Text = value;
            ApplyFilter();
        }
    }

    /// <summary>What the filter row says when nothing is typed (一覧の名前).</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>The chosen row, an index into <see cref="Rows"/>.</summary>
    public int SelectedIndex
    {
        get => _cursor.SelectedIndex;
        set => _cursor.SelectedIndex = value;
    }

    /// <summary>The first row in view.</summary>
    public int TopIndex => _cursor.TopIndex;

    /// <summary>What Enter does with the chosen row; null passes Enter on (to the next field).</summary>
    public Func<int, HandleResult>? Activate { get; set; }

    public bool HasFocus { get; set; }

    public bool IsEnabled { get; set; } = true;

    public Point? Caret => HasFocus && !Bounds.IsEmpty
        ? new Point(Math.Min(Bounds.X + CellWidth.Of(TuiMessages.FilterPrompt) + 1 + _filter.CaretCells, Bounds.Right - 1), Bounds.Y)
        : null;

    private int Visible => RowCursor.Visible(Bounds);

    public HandleResult Handle(InputEvent input)
    {
        if (!IsEnabled)
        {
            return HandleResult.Ignored;
        }

        switch (input)
        {
            case PasteEvent paste:
                return Type(paste.Text.ReplaceLineEndings(" "));
            case KeyEvent { IsText: true } key:
                return Type(key.Text);
            case KeyEvent { Key: ConsoleKey.Backspace }:
                _filter.Backspace();
                ApplyFilter();
                return HandleResult.Redraw;
            case KeyEvent { Key: ConsoleKey.Escape } when Filter.Length > 0:
                Filter = string.Empty;
                return HandleResult.Redraw;
            case KeyEvent { Key: ConsoleKey.Enter, Modifiers: ConsoleModifiers.None } when Activate is not null && _rows.Count > 0:
                return Activate(SelectedIndex);
            case KeyEvent key:
                return _cursor.Move(key.Key, _rows.Count, Visible);
            default:
                return HandleResult.Ignored;
        }
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

        DrawFilterRow(screen, theme);
        _cursor.KeepSelectionInView(_rows.Count, Visible);
        _cursor.FillLastPage(_rows.Count, Visible);
        var selected = theme[HasFocus ? VisualRole.Focus : VisualRole.Selected];
        _cursor.Draw(screen, Bounds, normal, selected, _rows.Count, _rows.GetRow);
    }

    // "絞り込み: ﾔﾏﾀﾞ      1,234件"; unfocused and unfiltered, the list's title instead.
    private void DrawFilterRow(ScreenBuffer screen, Theme theme)
    {
        var row = Bounds with { Height = 1 };
        var label = theme[VisualRole.Label];
        var count = _rows.Count == 0 ? TuiMessages.NoMatches : TuiMessages.MatchCount(_rows.Count);
        var countX = row.Right - CellWidth.Of(count);
        var text = row with { Width = Math.Max(countX - row.X - 1, 0) };
        if (Filter.Length == 0 && !HasFocus && Title.Length > 0)
        {
            screen.Write(row.X, row.Y, Title, label, text);
        }
        else
        {
            var end = screen.Write(row.X, row.Y, TuiMessages.FilterPrompt, label, text);
            screen.Write(end + 1, row.Y, Filter, theme[VisualRole.Normal], text with { X = end + 1, Width = Math.Max(text.Right - end - 1, 0) });
        }

        screen.Write(countX, row.Y, count, theme[_rows.Count == 0 ? VisualRole.Error : VisualRole.Label], row);
    }

    private HandleResult Type(string text)
    {
        _filter.Insert(text);
        ApplyFilter();
        return HandleResult.Redraw;
    }

    private void ApplyFilter()
    {
        _rows = _source is IFilterableListSource filterable && Filter.Length > 0 ? filterable.Filter(Filter) : _source;
        _cursor.Reset();
    }
}
