using TextEhr.Tui.Tests.Support;
using TextEhr.Tui.Views;

namespace TextEhr.Tui.Tests.Views;

public sealed class TableViewTests
{
    private static TableView NewTable()
    {
        var rows = new TableRows();
        rows.Add("05/01", "メトホルミン錠250mg", "2錠");
        rows.Add("05/01", "アムロジピン錠5mg", "1錠");
        rows.Add("02/06", "ロキソプロフェン錠60mg", "3錠");
        return new TableView([new("日付", 5), new("薬剤", 0), new("量", 4, AlignRight: true)], rows);
    }

    [Fact]
    public void Columns_are_measured_in_cells_under_a_header_and_numbers_align_right()
    {
        var table = NewTable();

        var screen = Render.View(table, 30, 4);

        ScreenAssert.Text(
            """
             日付  薬剤                 量
            >05/01 メトホルミン錠250m  2錠
             05/01 アムロジピン錠5mg   1錠
             02/06 ロキソプロフェン錠  3錠
            """,
            screen);
        ScreenAssert.Styles(
            """
            111111111111111111111111111111
            333333333333333333333333333333
            000000000000000000000000000000
            000000000000000000000000000000
            """,
            screen,
            Render.Roles);
    }

    [Fact]
    public void Arrows_choose_a_row_and_the_view_follows_it()
    {
        var table = NewTable();
        table.HasFocus = true;

        Drive.Press(table, ConsoleKey.DownArrow, 5);
        var screen = Render.View(table, 30, 3);

        Assert.Equal(2, table.SelectedIndex);
        Assert.Equal(1, table.TopIndex);
        Assert.StartsWith(">02/06", screen.RowText(2), StringComparison.Ordinal);
        Assert.Equal(Render.Roles[2], screen[0, 2].Style);
        Assert.Null(table.Caret);
    }
}
