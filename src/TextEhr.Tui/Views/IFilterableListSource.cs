namespace TextEhr.Tui.Views;

/// <summary>
/// A list source that narrows itself: the filter runs where the data is (an index, a query), never by
/// fetching every row through <see cref="IListSource.GetRow"/>.
/// </summary>
public interface IFilterableListSource : IListSource
{
    /// <summary>The rows matching <paramref name="text"/> (never empty text). Called on each keystroke,
    /// usually with the previous text plus one character, which a source may use to narrow its last result.</summary>
    IListSource Filter(string text);
}
