using System.Text;
using TextEhr.Tui.Text;

namespace TextEhr.Tui.Views;

/// <summary>
/// Text with a caret that moves by cell cluster, never into a surrogate pair, an IVS or between a
/// kana and its combining mark; insertion through a filter and a limit in cells. Shared by
/// <see cref="TextField"/>, <see cref="TextArea"/> and the list filter.
/// </summary>
internal sealed class EditableText
{
    private string _text = string.Empty;

    /// <summary>Setting the text puts the caret at its end.</summary>
    public string Text
    {
        get => _text;
        set
        {
            _text = value ?? string.Empty;
            Caret = _text.Length;
        }
    }

    /// <summary>The caret as a UTF-16 index, always at a cluster boundary.</summary>
    public int Caret { get; private set; }

    public InputFilter Filter { get; set; } = InputFilter.Any;

    /// <summary>The most cells the text may take; 0 for no limit.</summary>
    public int MaxCells { get; set; }

    /// <summary>Whether a line feed is text (a text area) or becomes a space (a one-line field).</summary>
    public bool Multiline { get; init; }

    public int CaretCells => CellWidth.Of(_text.AsSpan(0, Caret));

    /// <summary>Inserts at the caret what the filter and the limit allow.</summary>
    /// <returns>Why something was left out (Japanese), or null when everything went in.</returns>
    public string? Insert(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var accepted = new StringBuilder();
        var cells = CellWidth.Of(_text);
        string? problem = null;
        foreach (var cluster in CellWidth.Clusters(text))
        {
            var piece = text.Substring(cluster.Start, cluster.Length);
            var kept = string.Equals(piece, "\n", StringComparison.Ordinal) ? (Multiline ? piece : Filter.Accept(" ")) : Filter.Accept(piece);
            if (kept is null)
            {
                problem ??= TuiMessages.InputRejected(Filter.Allowed);
                continue;
            }

            var width = CellWidth.Of(kept);
            if (MaxCells > 0 && cells + width > MaxCells)
            {
                problem = TuiMessages.TooLong(MaxCells);
                break;
            }

            cells += width;
            accepted.Append(kept);
        }

        _text = _text.Insert(Caret, accepted.ToString());
        Caret += accepted.Length;
        return problem;
    }

    public bool Backspace()
    {
        if (Caret == 0)
        {
            return false;
        }

        var start = PreviousBoundary(Caret);
        _text = _text.Remove(start, Caret - start);
        Caret = start;
        return true;
    }

    public bool Delete()
    {
        if (Caret == _text.Length)
        {
            return false;
        }

        _text = _text.Remove(Caret, NextBoundary(Caret) - Caret);
        return true;
    }

    public bool Left() => MoveTo(Caret == 0 ? 0 : PreviousBoundary(Caret));

    public bool Right() => MoveTo(Caret == _text.Length ? Caret : NextBoundary(Caret));

    /// <summary>Moves the caret to <paramref name="index"/>, snapped back to a cluster boundary.</summary>
    public bool MoveTo(int index)
    {
        index = Math.Clamp(index, 0, _text.Length);
        if (index < _text.Length && index > 0 && NextBoundary(PreviousBoundary(index)) != index)
        {
            index = PreviousBoundary(index);
        }

        var moved = index != Caret;
        Caret = index;
        return moved;
    }

    /// <summary>The start of the cluster that ends at or contains <paramref name="index"/> − 1.</summary>
    public int PreviousBoundary(int index)
    {
        var previous = 0;
        foreach (var cluster in CellWidth.Clusters(_text))
        {
            if (cluster.End >= index)
            {
                return cluster.Start < index ? cluster.Start : previous;
            }

            previous = cluster.Start;
        }

        return previous;
    }

    /// <summary>The end of the cluster that starts at <paramref name="index"/>.</summary>
    public int NextBoundary(int index)
    {
        foreach (var cluster in CellWidth.Clusters(_text.AsSpan(index)))
        {
            return index + cluster.Length;
        }

        return _text.Length;
    }
}
