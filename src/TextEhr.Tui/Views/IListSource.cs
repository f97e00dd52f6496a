namespace TextEhr.Tui.Views;

/// <summary>
/// Rows for a <see cref="ListView"/>, fetched by index: the list asks only for the rows it shows, so
/// a source can sit on 100,000 patients or a database query.
/// </summary>
public interface IListSource
{
    int Count { get; }

    /// <summary>The row's text as shown; called only for visible rows.</summary>
    string GetRow(int index);
}
