using TextEhr.Tui.Input;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Themes;

namespace TextEhr.Tui.Views;

/// <summary>
/// A date typed the way the user likes (S50.3.1, 1975/3/1, R7.4.1 …): a <see cref="TextField"/> with
/// the date filter whose parser is injected, so 和暦 rules stay in the domain. The text is parsed
/// when the focus leaves; an error is shown in words beside the box, a valid date in its formatted
/// form. Nothing typed is thrown away.
/// </summary>
public sealed class DateField : View, IFocusable, IValidatable
{
    private readonly TextField _box = new() { Filter = InputFilter.Date };
    private readonly Func<string, (DateOnly? Value, string? Error)> _parse;
    private readonly Func<DateOnly, string>? _format;

    /// <summary>A date field reading dates with <paramref name="parse"/>.</summary>
    /// <param name="parse">Text to a date, or to a Japanese error; called with non-empty text only.</param>
    /// <param name="format">How a valid date is shown beside the box (e.g. 昭和50年3月1日); null shows nothing.</param>
    /// <param name="boxWidth">Cells of the input box, brackets included.</param>
    public DateField(Func<string, (DateOnly? Value, string? Error)> parse, Func<DateOnly, string>? format = null, int boxWidth = 14)
    {
        ArgumentNullException.ThrowIfNull(parse);
        _parse = parse;
        _format = format;
        BoxWidth = boxWidth;
        _box.MaxCells = boxWidth - 2;
        _box.Changed = () => Error = null;
    }

    public int BoxWidth { get; }

    public string Text
    {
        get => _box.Text;
        set => _box.Text = value;
    }

    /// <summary>The date read at the last <see cref="Validate"/>; null when empty or wrong.</summary>
    public DateOnly? Value { get; private set; }

    /// <summary>The error of the last <see cref="Validate"/>, cleared as soon as the text changes.</summary>
    public string? Error { get; private set; }

    public bool HasFocus
    {
        get => _box.HasFocus;
        set => _box.HasFocus = value;
    }

    public bool IsEnabled
    {
        get => _box.IsEnabled;
        set => _box.IsEnabled = value;
    }

    public Action<string>? Rejected
    {
        get => _box.Rejected;
        set => _box.Rejected = value;
    }

    public Point? Caret => _box.Caret;

    public HandleResult Handle(InputEvent input) => _box.Handle(input);

    public string? Validate()
    {
        var text = Text.Trim();
        (Value, Error) = text.Length == 0 ? (null, null) : _parse(text);
        if (Error is null && Value is null && text.Length > 0)
        {
            Error = TuiMessages.NotADate;
        }

        return Error;
    }

    public override void Draw(ScreenBuffer screen, Theme theme)
    {
        ArgumentNullException.ThrowIfNull(screen);
        ArgumentNullException.ThrowIfNull(theme);
        screen.Fill(Bounds, theme[VisualRole.Normal]);
        _box.Bounds = Bounds with { Width = Math.Min(BoxWidth, Bounds.Width), Height = 1 };
        _box.Draw(screen, theme);
        var after = Bounds with { X = _box.Bounds.Right + 1, Width = Bounds.Width - _box.Bounds.Width - 1, Height = 1 };
        if (Error is not null)
        {
            screen.Write(after.X, after.Y, Error, theme[VisualRole.Error], after);
        }
        else if (Value is { } value && _format is not null)
        {
            screen.Write(after.X, after.Y, _format(value), theme[VisualRole.Label], after);
        }
    }
}
