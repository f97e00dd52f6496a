using TextEhr.Tui.Terminals.Windows;
using TextEhr.Tui.Text;

namespace TextEhr.Tui.Tests.Terminals.Windows;

public sealed class AmbiguousWidthProbeTests
{
    [Theory]
    [InlineData(1, AmbiguousWidth.Narrow)]
    [InlineData(2, AmbiguousWidth.Wide)]
    [InlineData(0, AmbiguousWidth.Narrow)]
    public void The_cursor_column_after_one_box_line_decides_the_width(int column, AmbiguousWidth expected) =>
        Assert.Equal(expected, AmbiguousWidthProbe.FromColumn(column));
}
