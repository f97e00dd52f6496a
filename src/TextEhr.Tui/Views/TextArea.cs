using TextEhr.Tui.Input;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Themes;

namespace TextEhr.Tui.Views;

/// <summary>
/// Multi-line text (a SOAP note, the help): wrapped by cells at any character, scrolled to keep the
/// caret in view, fine with several thousand characters. Up and Down move by visual line and keep
/// the column in cells; a paste inserts its lines as they are.
/// </summary>
/// <remarks>
/// Keys: text, Enter (a new line) and paste insert; ← → ↑ ↓ move; Home End go to the ends of the
/// visual line, Ctrl+Home Ctrl+End to the ends of the text; PageUp PageDown move a screenful;
/// Backspace Delete. Tab goes on to the screen's key map. Read-only, the arrows scroll instead.
/// </remarks>
public sealed class TextArea : View, IFocusable
{
    private readonly EditableText _edit = new() { Multiline = true };
    private int _top;
    private int? _goalColumn;

    public string Text
    {
        get => _edit.Text;
        set
        {
            _edit.Text = value;
            _goalColumn = null;
        }
    }

    /// <summary>The most cells the text may take; 0 for no limit.</summary>
    public int MaxCells
    {
        get => _edit.MaxCells;
        set => _edit.MaxCells = value;
    }

    /// <summary>Shown, scrolled, never changed; no caret.</summary>
    public bool ReadOnly { get; set; }

    public bool HasFocus { get; set; }

    public bool IsEnabled { get; set; } = true;

    /// <summary>The first visual line shown.</summary>
    public int TopLine => _top;

    /// <summary>The caret's visual line and its column in cells.</summary>
    public (int Line, int Column) CaretPosition => VisibleCaret(Lines());

    /// <summary>How many visual lines the text takes at the current width.</summary>
    public int LineCount => Lines().Count;

    public Action<string>? Rejected { get; set; }

    public Point? Caret
    {
        get
        {
            if (!HasFocus || ReadOnly || Bounds.IsEmpty)
            {
                return null;
            }

            var (line, column) = VisibleCaret(Lines());
            return new Point(Bounds.X + column, Bounds.Y + line - Scroll(line));
        }
    }

    public HandleResult Handle(InputEvent input)
    {
        if (!IsEnabled)
        {
            return HandleResult.Ignored;
        }

        if (ReadOnly)
        {
            return input is KeyEvent key ? ScrollBy(key) : HandleResult.Ignored;
        }

        return input switch
        {
            PasteEvent paste => Insert(paste.Text),
            KeyEvent { IsText: true } key => Insert(key.Text),
            KeyEvent { Key: ConsoleKey.Enter, Modifiers: ConsoleModifiers.None } => Insert("\n"),
            KeyEvent key => Edit(key),
            _ => HandleResult.Ignored,
        };
    }

    public override void Draw(ScreenBuffer screen, Theme theme)
    {
        ArgumentNullException.ThrowIfNull(screen);
        ArgumentNullException.ThrowIfNull(theme);
        var style = theme[!IsEnabled ? VisualRole.Disabled : HasFocus && !ReadOnly ? VisualRole.Focus : VisualRole.Normal];
        screen.Fill(Bounds, style);
        var lines = Lines();
        var top = ReadOnly ? ClampTop(lines.Count) : Scroll(VisibleCaret(lines).Line);
        for (var row = 0; row < Bounds.Height && top + row < lines.Count; row++)
        {
            var line = lines[top + row];
            screen.Write(Bounds.X, Bounds.Y + row, Text.AsSpan(line.Start, line.End - line.Start), style, Bounds);
        }
    }

    private List<TextLine> Lines() => TextWrap.Lines(Text, Math.Max(Bounds.Width, 1));

    // A caret after a full last line sits at the start of the line below it.
    private (int Line, int Column) VisibleCaret(List<TextLine> lines)
    {
        var (line, column) = TextWrap.Locate(Text, lines, _edit.Caret);
        return column >= Bounds.Width && Bounds.Width > 0 ? (line + 1, 0) : (line, column);
    }

    private int Scroll(int caretLine)
    {
        var height = Math.Max(Bounds.Height, 1);
        if (caretLine < _top)
        {
            _top = caretLine;
        }
        else if (caretLine >= _top + height)
        {
            _top = caretLine - height + 1;
        }

        return _top;
    }

    private int ClampTop(int lineCount) => _top = Math.Clamp(_top, 0, Math.Max(lineCount - Bounds.Height, 0));

    private HandleResult Insert(string text)
    {
        var problem = _edit.Insert(text);
        _goalColumn = null;
        if (problem is not null)
        {
            Rejected?.Invoke(problem);
        }

        return HandleResult.Redraw;
    }

    private HandleResult Edit(KeyEvent key)
    {
        var lines = Lines();
        var (line, column) = TextWrap.Locate(Text, lines, _edit.Caret);
        var page = Math.Max(Bounds.Height - 1, 1);
        switch (key.Key)
        {
            case ConsoleKey.UpArrow:
                return Vertical(lines, line - 1, column);
            case ConsoleKey.DownArrow:
                return Vertical(lines, line + 1, column);
            case ConsoleKey.PageUp:
                return Vertical(lines, Math.Max(line - page, 0), column);
            case ConsoleKey.PageDown:
                return Vertical(lines, Math.Min(line + page, lines.Count - 1), column);
            case ConsoleKey.Home when key.Control:
                _edit.MoveTo(0);
                break;
            case ConsoleKey.End when key.Control:
                _edit.MoveTo(Text.Length);
                break;
            case ConsoleKey.Home:
                _edit.MoveTo(lines[line].Start);
                break;
            case ConsoleKey.End:
                _edit.MoveTo(lines[line].End);
                break;
            case ConsoleKey.LeftArrow:
                _edit.Left();
                break;
            case ConsoleKey.RightArrow:
                _edit.Right();
                break;
            case ConsoleKey.Backspace:
                _edit.Backspace();
                break;
            case ConsoleKey.Delete:
                _edit.Delete();
                break;
            default:
                return HandleResult.Ignored;
        }

        _goalColumn = null;
        return HandleResult.Redraw;
    }

    // Up and Down keep aiming at the column where vertical movement began, as editors do.
    private HandleResult Vertical(List<TextLine> lines, int target, int column)
    {
        _goalColumn ??= column;
        if (target >= 0 && target < lines.Count)
        {
            _edit.MoveTo(TextWrap.IndexAt(Text, lines[target], _goalColumn.Value));
        }

        return HandleResult.Redraw;
    }

    private HandleResult ScrollBy(KeyEvent key)
    {
        var page = Math.Max(Bounds.Height - 1, 1);
        var delta = key.Key switch
        {
            ConsoleKey.UpArrow => -1,
            ConsoleKey.DownArrow => 1,
            ConsoleKey.PageUp => -page,
            ConsoleKey.PageDown => page,
            ConsoleKey.Home => int.MinValue / 2,
            ConsoleKey.End => int.MaxValue / 2,
            _ => 0,
        };
        if (delta == 0)
        {
            return HandleResult.Ignored;
        }

        _top += delta;
        ClampTop(Lines().Count);
        return HandleResult.Redraw;
    }
}
