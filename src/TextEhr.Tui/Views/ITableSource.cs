namespace TextEhr.Tui.Views;

/// <summary>Cells for a <see cref="TableView"/>, fetched by row and column; only rows in view are asked for.</summary>
public interface ITableSource
{
    int RowCount { get; }

    string GetCell(int row, int column);
}
