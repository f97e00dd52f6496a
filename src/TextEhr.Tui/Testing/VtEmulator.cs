using System.Globalization;
using System.Text;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Text;

namespace TextEhr.Tui.Testing;

/// <summary>
/// A small VT emulator that replays what was written to a terminal, so tests can compare what a
/// terminal would show with the screen model. It knows CUP, SGR, ED, EL, the DEC private modes the
/// layer uses and UTF-8 text placed by <see cref="CellWidth"/> with terminal wide-overwrite semantics.
/// Anything else (a stray control character, an unknown sequence, a wide glyph at the last column)
/// throws, so a renderer bug fails the test instead of drawing garbage.
/// </summary>
public sealed class VtEmulator
{
    private const int Ground = 0;
    private const int Escape = 1;
    private const int ControlSequence = 2;
    private readonly Decoder _utf8 = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
    private readonly StringBuilder _sequence = new();
    private readonly AmbiguousWidth _ambiguous;
    private Cell[] _cells = [];
    private int _state;
    private char _highSurrogate;
    private Point? _lastGlyph;

    public VtEmulator(int width, int height, AmbiguousWidth ambiguous = AmbiguousWidth.Narrow)
    {
        _ambiguous = ambiguous;
        Resize(width, height);
    }

    public int Width { get; private set; }

    public int Height { get; private set; }

    public Point Cursor { get; private set; }

    public Style Style { get; private set; }

    public bool CursorVisible { get; private set; } = true;

    public bool AlternateScreen { get; private set; }

    public bool AutoWrap { get; private set; } = true;

    public bool BracketedPaste { get; private set; }

    /// <summary>DECCKM (<c>ESC[?1h</c>) or DECKPAM (<c>ESC=</c>): what .NET leaves on and the exit sequence turns off.</summary>
    public bool KeypadMode { get; private set; }

    public Cell this[int x, int y] => _cells[(y * Width) + x];

    /// <summary>The row as shown: wide glyphs once, trailing spaces kept.</summary>
    public string RowText(int y) => string.Concat(Enumerable.Range(0, Width).Select(x => this[x, y].Text));

    public override string ToString() => string.Join('\n', Enumerable.Range(0, Height).Select(RowText));

    /// <summary>A new, blank window of this size, as after a resize and a full repaint.</summary>
    public void Resize(int width, int height)
    {
        (Width, Height) = (width, height);
        _cells = new Cell[width * height];
        Erase(0, _cells.Length);
        Cursor = new Point(Math.Min(Cursor.X, width - 1), Math.Min(Cursor.Y, height - 1));
    }

    public void Feed(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[_utf8.GetCharCount(bytes, flush: false)];
        _utf8.GetChars(bytes, chars, flush: false);
        foreach (var c in chars)
        {
            Feed(c);
        }
    }

    private void Feed(char c)
    {
        switch (_state)
        {
            case Escape when c == '[':
                _sequence.Clear();
                _state = ControlSequence;
                break;
            case Escape when c is '=' or '>':
                KeypadMode = c == '=';
                _state = Ground;
                break;
            case Escape:
                throw Unsupported($"ESC {c}");
            case ControlSequence when c is >= '0' and <= '?':
                _sequence.Append(c);
                break;
            case ControlSequence:
                _state = Ground;
                Dispatch(c, _sequence.ToString());
                break;
            case Ground when c == '\e':
                _state = Escape;
                break;
            case Ground when char.IsHighSurrogate(c):
                _highSurrogate = c;
                break;
            case Ground when char.IsLowSurrogate(c):
                Print(new Rune(_highSurrogate, c));
                break;
            default:
                Print(new Rune(c));
                break;
        }
    }

    private void Dispatch(char final, string parameters)
    {
        var numbers = parameters.TrimStart('?').Split(';')
            .Select(p => p.Length == 0 ? 0 : int.Parse(p, CultureInfo.InvariantCulture))
            .ToArray();
        _lastGlyph = null;
        switch (final)
        {
            case 'H' or 'f':
                var row = Math.Max(numbers[0], 1) - 1;
                var column = Math.Max(numbers.ElementAtOrDefault(1), 1) - 1;
                Cursor = new Point(Math.Min(column, Width - 1), Math.Min(row, Height - 1));
                break;
            case 'm':
                Style = SgrParameters.Apply(Style, numbers);
                break;
            case 'J' or 'K':
                EraseAround(numbers[0], wholeScreen: final == 'J');
                break;
            case 'h' or 'l' when parameters.StartsWith('?'):
                foreach (var mode in numbers)
                {
                    SetMode(mode, final == 'h');
                }

                break;
            default:
                throw Unsupported($"CSI {parameters}{final}");
        }
    }

    // ED and EL: 0 from the cursor on, 1 up to and including the cursor, 2 all (of the screen or the line).
    private void EraseAround(int how, bool wholeScreen)
    {
        var here = (Cursor.Y * Width) + Cursor.X;
        var (first, last) = wholeScreen ? (0, _cells.Length) : (Cursor.Y * Width, (Cursor.Y + 1) * Width);
        var (start, end) = how switch
        {
            0 => (here, last),
            1 => (first, here + 1),
            2 => (first, last),
            _ => throw Unsupported($"erase mode {how}"),
        };
        Erase(start, end);
    }

    private void SetMode(int mode, bool on)
    {
        switch (mode)
        {
            case 1: KeypadMode = on; break;
            case 7: AutoWrap = on; break;
            case 25: CursorVisible = on; break;
            case 1049: AlternateScreen = on; Erase(0, _cells.Length); break;
            case 2004: BracketedPaste = on; break;
            case 2026: break;
            default: throw Unsupported($"mode ?{mode}");
        }
    }

    private void Print(Rune rune)
    {
        var width = CellWidth.Of(rune, _ambiguous);
        if (width == 0)
        {
            var glyph = CellWidth.IsZeroWidth(rune) && _lastGlyph is { } at
                ? at
                : throw Unsupported($"U+{rune.Value:X4} with nothing to attach to");
            var cell = this[glyph.X, glyph.Y];
            Set(glyph.X, glyph.Y, cell with { Text = cell.Text + rune.ToString() });
            return;
        }

        var (x, y) = (Cursor.X, Cursor.Y);
        if (x + width > Width)
        {
            throw Unsupported($"a wide glyph in the last column ({x}, {y})");
        }

        // Writing over half of a wide glyph erases its other half, as xterm and tmux do.
        if (this[x, y].IsContinuation)
        {
            Set(x - 1, y, Cell.Blank(this[x - 1, y].Style));
        }

        if (this[x + width - 1, y].Width == 2)
        {
            Set(x + width, y, Cell.Blank(this[x + width, y].Style));
        }

        Set(x, y, new Cell(rune.ToString(), Style, width));
        if (width == 2)
        {
            Set(x + 1, y, new Cell(string.Empty, Style, 0));
        }

        _lastGlyph = new Point(x, y);
        Cursor = new Point(Math.Min(x + width, Width - 1), y);
    }

    private void Set(int x, int y, Cell cell) => _cells[(y * Width) + x] = cell;

    // Erased cells take the current background (back-colour erase), as in xterm and tmux.
    private void Erase(int start, int end) =>
        Array.Fill(_cells, Cell.Blank(new Style(Color.Default, Style.Background)), start, end - start);

    private static NotSupportedException Unsupported(string what) => new($"The emulator does not expect {what}.");
}
