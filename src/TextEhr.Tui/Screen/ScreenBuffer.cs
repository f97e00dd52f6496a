using System.Buffers;
using System.Text;
using TextEhr.Tui.Text;

namespace TextEhr.Tui.Screen;

/// <summary>
/// The screen as a grid of cells, drawn into each frame and compared by the renderer with what the
/// terminal shows. It keeps the wide-pair invariant: a wide glyph always has its continuation cell
/// to the right, and writing over either half blanks the other half, as terminals do.
/// </summary>
public sealed class ScreenBuffer
{
    private static readonly string[] AsciiTexts = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];
    private readonly Cell[] _cells;

    public ScreenBuffer(int width, int height, AmbiguousWidth ambiguous = AmbiguousWidth.Narrow)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        Width = width;
        Height = height;
        Ambiguous = ambiguous;
        _cells = new Cell[width * height];
        Array.Fill(_cells, Cell.Blank(Style.Default));
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>How the terminal this buffer is drawn for measures ambiguous characters.</summary>
    public AmbiguousWidth Ambiguous { get; }

    public Rect Bounds => new(0, 0, Width, Height);

    /// <summary>Where the hardware cursor is parked after the frame (the IME draws there), or null to hide it.</summary>
    public Point? Caret { get; set; }

    public Cell this[int x, int y] => Bounds.Contains(x, y)
        ? _cells[(y * Width) + x]
        : throw new ArgumentOutOfRangeException(nameof(x), $"({x}, {y}) is outside {Width}×{Height}.");

    /// <inheritdoc cref="Write(int, int, ReadOnlySpan{char}, Style, Rect)"/>
    public int Write(int x, int y, ReadOnlySpan<char> text, Style style) => Write(x, y, text, style, Bounds);

    /// <summary>
    /// Writes text cluster by cluster from column <paramref name="x"/>, clipped to <paramref name="clip"/>.
    /// Controls and marks with nothing to sit on are dropped; a wide glyph cut by the clip edge becomes a
    /// space. Blanking the other half of an overwritten wide glyph may touch one cell outside the clip.
    /// </summary>
    /// <returns>The column after the text, as if nothing were clipped.</returns>
    public int Write(int x, int y, ReadOnlySpan<char> text, Style style, Rect clip)
    {
        var area = clip.Intersect(Bounds);
        if (y < area.Y || y >= area.Bottom)
        {
            return x + CellWidth.Of(text, Ambiguous);
        }

        var column = x;
        foreach (var cluster in CellWidth.Clusters(text, Ambiguous))
        {
            var width = cluster.Width;
            if (column >= area.Right)
            {
                return column + CellWidth.Of(text[cluster.Start..], Ambiguous);
            }

            if (width > 0 && column + width > area.X)
            {
                var cutByEdge = column < area.X || column + width > area.Right;
                var cell = cutByEdge
                    ? Cell.Blank(style)
                    : new Cell(TextOf(text.Slice(cluster.Start, cluster.Length)), style, width);
                Place(Math.Max(column, area.X), y, cell);
            }

            column += width;
        }

        return column;
    }

    /// <summary>Blanks an area with spaces in the given style.</summary>
    public void Fill(Rect area, Style style)
    {
        area = area.Intersect(Bounds);
        for (var y = area.Y; y < area.Bottom; y++)
        {
            for (var x = area.X; x < area.Right; x++)
            {
                Place(x, y, Cell.Blank(style));
            }
        }
    }

    /// <summary>Blanks every cell; the caret stays where it is.</summary>
    public void Clear(Style style = default) => Array.Fill(_cells, Cell.Blank(style));

    /// <summary>The row as the terminal shows it: wide glyphs once, trailing spaces kept.</summary>
    public string RowText(int y)
    {
        var builder = new StringBuilder(Width);
        for (var x = 0; x < Width; x++)
        {
            builder.Append(this[x, y].Text);
        }

        return builder.ToString();
    }

    public override string ToString() => string.Join('\n', Enumerable.Range(0, Height).Select(RowText));

    /// <summary>Copies cells and caret into a buffer of the same size.</summary>
    public void CopyTo(ScreenBuffer target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.Width != Width || target.Height != Height)
        {
            throw new ArgumentException($"Sizes differ: {Width}×{Height} and {target.Width}×{target.Height}.", nameof(target));
        }

        _cells.CopyTo(target._cells, 0);
        target.Caret = Caret;
    }

    private static string TextOf(ReadOnlySpan<char> cluster)
    {
        if (cluster.Length == 1 && cluster[0] < 128)
        {
            return AsciiTexts[cluster[0]];
        }

        // A lone surrogate cannot be encoded; the terminal would show U+FFFD, so the model does too.
        return char.IsSurrogate(cluster[0]) && Rune.DecodeFromUtf16(cluster, out _, out _) != OperationStatus.Done
            ? string.Concat("\uFFFD", cluster[1..])
            : cluster.ToString();
    }

    private void Place(int x, int y, Cell cell)
    {
        var row = y * Width;
        var end = x + cell.Width;
        for (var column = x; column < end; column++)
        {
            var old = _cells[row + column];
            if (old.IsContinuation && column == x)
            {
                _cells[row + column - 1] = Cell.Blank(_cells[row + column - 1].Style);
            }
            else if (old.Width == 2 && column + 1 >= end)
            {
                _cells[row + column + 1] = Cell.Blank(_cells[row + column + 1].Style);
            }
        }

        _cells[row + x] = cell;
        if (cell.Width == 2)
        {
            _cells[row + x + 1] = Cell.ContinuationOf(cell.Style);
        }
    }
}
