namespace TextEhr.Tui.Views;

/// <summary>
/// The order the focus moves in (Enter and Tab forward, Shift+Tab back, wrapping round), skipping
/// disabled fields. Leaving a field validates it; the focus still moves, so a doctor is never trapped
/// in a box, and the error stays beside the field and is returned for the status line.
/// </summary>
public sealed class FocusRing
{
    private readonly List<IFocusable> _items;
    private int _current = -1;

    public FocusRing(IEnumerable<IFocusable> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        _items = [.. items];
        Move(0, 1);
    }

    public IReadOnlyList<IFocusable> Items => _items;

    public IFocusable? Current => _current >= 0 ? _items[_current] : null;

    /// <summary>To the next enabled field; returns the error of the field left, if any.</summary>
    public string? Next() => Move(_current + 1, 1);

    /// <summary>To the previous enabled field; returns the error of the field left, if any.</summary>
    public string? Previous() => Move(_current - 1, -1);

    /// <summary>To a given field (F3 to the search list, say); returns the error of the field left, if any.</summary>
    public string? Focus(IFocusable item)
    {
        var index = _items.IndexOf(item);
        return index < 0 || !item.IsEnabled ? null : Move(index, 1);
    }

    private string? Move(int start, int step)
    {
        if (_items.Count == 0)
        {
            return null;
        }

        for (var tried = 0; tried < _items.Count; tried++)
        {
            var index = (((start + (tried * step)) % _items.Count) + _items.Count) % _items.Count;
            if (_items[index].IsEnabled)
            {
                return MoveTo(index);
            }
        }

        return null;
    }

    private string? MoveTo(int index)
    {
        if (index == _current)
        {
            return null;
        }

        string? error = null;
        if (Current is { } left)
        {
            error = (left as IValidatable)?.Validate();
            left.HasFocus = false;
        }

        _current = index;
        _items[index].HasFocus = true;
        return error;
    }
}
