using System.Globalization;
using TextEhr.Domain.Dates;

namespace TextEhr.Domain.Tests.Dates;

public sealed class JapaneseDateFormatterTests
{
    [Theory]
    [InlineData("1975-03-01", "昭和50年3月1日")]
    [InlineData("2019-05-01", "令和元年5月1日")]
    [InlineData("1989-01-08", "平成元年1月8日")]
    [InlineData("2024-12-31", "令和6年12月31日")]
    public void FormatWareki_writes_the_era_name_and_gannen_for_the_first_year(string iso, string expected)
    {
        Assert.Equal(expected, JapaneseDateFormatter.FormatWareki(DateOnly.Parse(iso, CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("1975-03-01", "S50.3.1")]
    [InlineData("2019-05-01", "R1.5.1")]
    [InlineData("1912-07-29", "M45.7.29")]
    public void FormatShort_writes_the_era_letter_and_a_plain_year(string iso, string expected)
    {
        Assert.Equal(expected, JapaneseDateFormatter.FormatShort(DateOnly.Parse(iso, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void FormatWithWestern_adds_the_iso_date_in_parentheses()
    {
        Assert.Equal("S50.3.1 (1975-03-01)", JapaneseDateFormatter.FormatWithWestern(new DateOnly(1975, 3, 1)));
    }

    [Fact]
    public void FormatIso_pads_month_and_day()
    {
        Assert.Equal("1975-03-01", JapaneseDateFormatter.FormatIso(new DateOnly(1975, 3, 1)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("ja-JP")]
    [InlineData("en-US")]
    public void Output_does_not_depend_on_the_current_culture(string culture)
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            var date = new DateOnly(2019, 5, 1);
            Assert.Equal("令和元年5月1日", JapaneseDateFormatter.FormatWareki(date));
            Assert.Equal("R1.5.1 (2019-05-01)", JapaneseDateFormatter.FormatWithWestern(date));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void A_date_before_Meiji_falls_back_to_the_iso_form()
    {
        var date = new DateOnly(1868, 1, 24);
        Assert.Equal("1868-01-24", JapaneseDateFormatter.FormatWareki(date));
        Assert.Equal("1868-01-24", JapaneseDateFormatter.FormatShort(date));
        Assert.Equal("1868-01-24", JapaneseDateFormatter.FormatWithWestern(date));
    }

    [Fact]
    public void Every_day_from_Meiji_to_2040_round_trips_through_both_wareki_forms()
    {
        for (var date = JapaneseEra.Meiji.FirstDay; date.Year <= 2040; date = date.AddDays(1))
        {
            Assert.Equal(date, JapaneseDateParser.Parse(JapaneseDateFormatter.FormatShort(date)).Value);
            Assert.Equal(date, JapaneseDateParser.Parse(JapaneseDateFormatter.FormatWareki(date)).Value);
        }
    }
}
