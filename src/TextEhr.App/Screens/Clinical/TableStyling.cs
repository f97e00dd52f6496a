using TextEhr.Tui.Screen;
using TextEhr.Tui.Views;

namespace TextEhr.App.Screens.Clinical;

/// <summary>
/// <see cref="TableView"/> draws every row in one style; these repaint, after it drew, the rows or
/// cells that must stand out (H/L in the warning colour, ended problems greyed), keeping their text.
/// </summary>
public static class TableStyling
{
    /// <summary>The screen row of a table row, or null when it is scrolled out of view.</summary>
    public static Rect? RowArea(TableView table, int index)
    {
        ArgumentNullException.ThrowIfNull(table);
        var offset = index - table.TopIndex;
        var visible = Math.Max(table.Bounds.Height - 1, 0);
        return offset < 0 || offset >= visible || index >= table.Source.RowCount
            ? null
            : new Rect(table.Bounds.X, table.Bounds.Y + 1 + offset, table.Bounds.Width, 1);
    }

    /// <summary>One cell of a table row, or null when out of view; widths are worked out as the table does.</summary>
    public static Rect? CellArea(TableView table, int index, int column)
    {
        if (RowArea(table, index) is not { } row)
        {
            return null;
        }

        var columns = table.Columns;
        var fixedCells = columns.Where(c => c.Width > 0).Sum(c => c.Width) + columns.Count;
        var rest = Math.Max(row.Width - fixedCells, 1);
        var x = row.X + 1;
        for (var i = 0; i < column; i++)
        {
            x += (columns[i].Width > 0 ? columns[i].Width : rest) + 1;
        }

        var width = columns[column].Width > 0 ? columns[column].Width : rest;
        return new Rect(x, row.Y, width, 1).Intersect(row);
    }

    /// <summary>Writes the cells already in <paramref name="area"/> again in <paramref name="style"/>.</summary>
    public static void Restyle(ScreenBuffer screen, Rect area, Style style)
    {
        ArgumentNullException.ThrowIfNull(screen);
        area = area.Intersect(screen.Bounds);
        for (var y = area.Y; y < area.Bottom; y++)
        {
            for (var x = area.X; x < area.Right; x++)
            {
                var cell = screen[x, y];
                if (!cell.IsContinuation)
                {
                    screen.Write(x, y, cell.Text, style, area);
                }
            }
        }
    }
}
