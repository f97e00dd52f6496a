using TextEhr.Domain.Dates;

namespace TextEhr.Domain.Tests.Dates;

public sealed class JapaneseEraTests
{
    [Fact]
    public void All_lists_the_five_modern_eras_oldest_first()
    {
        Assert.Equal(
            ["M明治明", "T大正大", "S昭和昭", "H平成平", "R令和令"],
            JapaneseEra.All.Select(era => $"{era.Letter}{era.Name}{era.Abbreviation}"),
            StringComparer.Ordinal);
        Assert.Equal([1, 2, 3, 4, 5], JapaneseEra.All.Select(era => era.ReceiptCode));
    }

    [Fact]
    public void Each_era_ends_the_day_before_the_next_begins()
    {
        for (var i = 0; i < JapaneseEra.All.Count - 1; i++)
        {
            Assert.Equal(JapaneseEra.All[i + 1].FirstDay, JapaneseEra.All[i].LastDay!.Value.AddDays(1));
        }

        Assert.Null(JapaneseEra.Reiwa.LastDay);
    }

    [Theory]
    [InlineData('M', 45)]
    [InlineData('T', 15)]
    [InlineData('S', 64)]
    [InlineData('H', 31)]
    public void LastYear_is_the_era_year_of_the_last_day(char letter, int lastYear)
    {
        Assert.Equal(lastYear, JapaneseEra.Find(letter.ToString())!.LastYear);
    }

    [Fact]
    public void The_current_era_has_no_last_year()
    {
        Assert.Null(JapaneseEra.Reiwa.LastYear);
    }

    [Theory]
    [InlineData("S")]
    [InlineData("s")]
    [InlineData("昭和")]
    [InlineData("昭")]
    public void Find_accepts_the_letter_in_any_case_the_name_and_the_abbreviation(string token)
    {
        Assert.Same(JapaneseEra.Showa, JapaneseEra.Find(token));
    }

    [Theory]
    [InlineData("X")]
    [InlineData("昭和和")]
    [InlineData("")]
    public void Find_returns_null_for_anything_else(string token)
    {
        Assert.Null(JapaneseEra.Find(token));
    }

    [Fact]
    public void ForDate_picks_the_era_on_both_sides_of_a_boundary()
    {
        Assert.Same(JapaneseEra.Showa, JapaneseEra.ForDate(new DateOnly(1989, 1, 7)));
        Assert.Same(JapaneseEra.Heisei, JapaneseEra.ForDate(new DateOnly(1989, 1, 8)));
    }

    [Fact]
    public void ForDate_returns_null_before_Meiji()
    {
        Assert.Null(JapaneseEra.ForDate(new DateOnly(1868, 1, 24)));
        Assert.Same(JapaneseEra.Meiji, JapaneseEra.ForDate(new DateOnly(1868, 1, 25)));
    }
}
