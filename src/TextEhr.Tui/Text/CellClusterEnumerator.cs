using System.Text;

namespace TextEhr.Tui.Text;

/// <summary>Walks a text cluster by cluster without allocating; use through <see cref="CellWidth.Clusters"/>.</summary>
public ref struct CellClusterEnumerator
{
    private readonly ReadOnlySpan<char> _text;
    private readonly AmbiguousWidth _ambiguous;
    private int _next;

    internal CellClusterEnumerator(ReadOnlySpan<char> text, AmbiguousWidth ambiguous)
    {
        _text = text;
        _ambiguous = ambiguous;
    }

    public CellCluster Current { get; private set; }

    public readonly CellClusterEnumerator GetEnumerator() => this;

    public bool MoveNext()
    {
        if (_next >= _text.Length)
        {
            return false;
        }

        var start = _next;
        // A lone surrogate decodes as U+FFFD and is measured as that.
        Rune.DecodeFromUtf16(_text[_next..], out var lead, out var consumed);
        _next += consumed;
        while (_next < _text.Length)
        {
            Rune.DecodeFromUtf16(_text[_next..], out var following, out consumed);
            if (!CellWidth.IsZeroWidth(following))
            {
                break;
            }

            _next += consumed;
        }

        Current = new CellCluster(start, _next - start, CellWidth.Of(lead, _ambiguous));
        return true;
    }
}
