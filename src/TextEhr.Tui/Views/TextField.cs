using TextEhr.Tui.Input;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Text;
using TextEhr.Tui.Themes;

namespace TextEhr.Tui.Views;

/// <summary>
/// A one-line input box: <c>[山田 𠮷郎    ]</c>. Editing is cell-accurate for wide text (the caret moves
/// by cell cluster); the limit is in cells, as the paper box and the printed form count them; a
/// filter keeps out what does not belong. Longer text scrolls sideways, and the brackets turn into
/// <c>&lt;</c> and <c>&gt;</c> to say so. The hardware cursor is parked at the caret for the IME.
/// </summary>
/// <remarks>
/// Keys: text and paste insert (a pasted line break becomes a space); ← → move by character;
/// Home End; Backspace Delete. Enter, Tab and the rest go on to the screen's key map.
/// </remarks>
public sealed class TextField : View, IFocusable
{
    private readonly EditableText _edit = new();
    private int _scroll;

    /// <summary>The text; setting it puts the caret at its end and bypasses the filter.</summary>
    public string Text
    {
        get => _edit.Text;
        set => _edit.Text = value;
    }

    public InputFilter Filter
    {
        get => _edit.Filter;
        set => _edit.Filter = value;
    }

    /// <summary>The most cells the text may take (a full-width character counts 2); 0 for no limit.</summary>
    public int MaxCells
    {
        get => _edit.MaxCells;
        set => _edit.MaxCells = value;
    }

    public bool HasFocus { get; set; }

    public bool IsEnabled { get; set; } = true;

    /// <summary>The caret's distance from the start of the text, in cells.</summary>
    public int CaretCells => _edit.CaretCells;

    /// <summary>For passwords: every cell of the text shows as <c>*</c>, so the caret still lines up.</summary>
    public bool IsMasked { get; set; }

    /// <summary>Called with a Japanese message when typed or pasted text was refused or cut.</summary>
    public Action<string>? Rejected { get; set; }

    /// <summary>Called after the text changed by typing, pasting or deleting.</summary>
    public Action? Changed { get; set; }

    /// <summary>At the caret; in a box filled exactly to its last cell, on that cell rather than scrolled.</summary>
    public Point? Caret => HasFocus && Bounds.Width > 2 ? new Point(Bounds.X + 1 + Math.Min(CaretCells - Scroll(), Inner - 1), Bounds.Y) : null;

    /// <summary>Cells inside the brackets.</summary>
    private int Inner => Math.Max(Bounds.Width - 2, 0);

    public HandleResult Handle(InputEvent input)
    {
        if (!IsEnabled)
        {
            return HandleResult.Ignored;
        }

        return input switch
        {
            PasteEvent paste => Insert(paste.Text),
            KeyEvent { IsText: true } key => Insert(key.Text),
            KeyEvent key => Edit(key.Key),
            _ => HandleResult.Ignored,
        };
    }

    public override void Draw(ScreenBuffer screen, Theme theme)
    {
        ArgumentNullException.ThrowIfNull(screen);
        ArgumentNullException.ThrowIfNull(theme);
        if (Bounds.IsEmpty)
        {
            return;
        }

        var style = theme[!IsEnabled ? VisualRole.Disabled : HasFocus ? VisualRole.Focus : VisualRole.Normal];
        var brackets = theme[IsEnabled ? VisualRole.Label : VisualRole.Disabled];
        var scroll = Scroll();
        var inner = new Rect(Bounds.X + 1, Bounds.Y, Inner, 1);
        screen.Fill(inner, style);
        var shown = IsMasked ? new string('*', CellWidth.Of(Text)) : Text;
        var end = screen.Write(inner.X - scroll, Bounds.Y, shown, style, inner);
        screen.Write(Bounds.X, Bounds.Y, scroll > 0 ? "<" : "[", brackets, Bounds);
        screen.Write(Bounds.Right - 1, Bounds.Y, end > inner.Right ? ">" : "]", brackets, Bounds);
    }

    private HandleResult Insert(string text)
    {
        var before = Text;
        var problem = _edit.Insert(text);
        if (problem is not null)
        {
            Rejected?.Invoke(problem);
        }

        return Changes(before);
    }

    private HandleResult Edit(ConsoleKey key)
    {
        var before = Text;
        switch (key)
        {
            case ConsoleKey.Backspace: _edit.Backspace(); break;
            case ConsoleKey.Delete: _edit.Delete(); break;
            case ConsoleKey.LeftArrow: _edit.Left(); break;
            case ConsoleKey.RightArrow: _edit.Right(); break;
            case ConsoleKey.Home: _edit.MoveTo(0); break;
            case ConsoleKey.End: _edit.MoveTo(Text.Length); break;
            default: return HandleResult.Ignored;
        }

        return Changes(before);
    }

    private HandleResult Changes(string before)
    {
        if (!string.Equals(before, Text, StringComparison.Ordinal))
        {
            Changed?.Invoke();
        }

        return HandleResult.Redraw;
    }

    // Keeps the caret inside the box: scrolled only as far as needed, and not at all when the text fits.
    private int Scroll()
    {
        var width = Math.Max(Inner, 1);
        if (CellWidth.Of(Text) <= width)
        {
            return _scroll = 0;
        }

        var caret = CaretCells;
        if (caret < _scroll)
        {
            _scroll = caret;
        }
        else if (caret > _scroll + width - 1)
        {
            _scroll = caret - width + 1;
        }

        return _scroll;
    }
}
