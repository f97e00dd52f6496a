using TextEhr.Tui.Tests.Support;
using TextEhr.Tui.Text;
using TextEhr.Tui.Views;

namespace TextEhr.Tui.Tests.Views;

public sealed class TrendChartTests
{
    private static readonly TrendPoint[] HbA1c =
    [
        new(new DateOnly(2023, 1, 10), 7.2), new(new DateOnly(2023, 7, 4), 6.8), new(new DateOnly(2024, 1, 9), 6.1),
        new(new DateOnly(2024, 5, 1), 6.4),
    ];

    [Fact]
    public void Values_are_placed_by_date_and_labelled_with_highest_lowest_and_latest()
    {
        var chart = new TrendChart { Title = "HbA1c", Points = HbA1c };

        var screen = Render.View(chart, 48, 7);

        ScreenAssert.Text(
            """
            HbA1c  最高 7.2  最低 6.1  最新 6.4 (2024/05/01)
            7.2|*
               |                *
               |                                           *
            6.1|                                 *
               +--------------------------------------------
                2023/01/10                        2024/05/01
            """,
            screen);
    }

    [Fact]
    public void The_plot_uses_only_characters_one_cell_wide_on_every_terminal()
    {
        var chart = new TrendChart { Title = "eGFR", Points = HbA1c };

        var screen = Render.View(chart, 30, 8);

        for (var y = 1; y < screen.Height; y++)
        {
            var row = screen.RowText(y);
            Assert.True(row.All(char.IsAscii), $"row {y}: {row}");
            Assert.Equal(CellWidth.Of(row, AmbiguousWidth.Wide), CellWidth.Of(row, AmbiguousWidth.Narrow));
        }
    }

    [Fact]
    public void When_the_summary_does_not_fit_the_latest_date_is_left_to_the_axis()
    {
        var chart = new TrendChart { Title = "HbA1c (%)", Points = HbA1c };

        var screen = Render.View(chart, 39, 6);

        Assert.Equal("HbA1c (%)  最高 7.2  最低 6.1  最新 6.4", screen.RowText(0));
        Assert.EndsWith("2024/05/01", screen.RowText(5), StringComparison.Ordinal);
    }

    [Fact]
    public void No_values_say_so()
    {
        var screen = Render.View(new TrendChart { Title = "HbA1c" }, 20, 5);

        Assert.Equal("HbA1c  データなし   ", screen.RowText(0));
    }
}
