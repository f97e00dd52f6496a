namespace TextEhr.Tui.Views;

/// <summary>A table source held in memory, for short tables (today's prescriptions, a lab panel).</summary>
public sealed class TableRows : ITableSource
{
    private readonly List<string[]> _rows = [];

    public int RowCount => _rows.Count;

    public void Add(params string[] cells) => _rows.Add(cells);

    public void Clear() => _rows.Clear();

    public string GetCell(int row, int column) =>
        column < _rows[row].Length ? _rows[row][column] : string.Empty;
}
