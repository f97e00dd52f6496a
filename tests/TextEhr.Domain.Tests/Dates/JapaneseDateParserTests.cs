using System.Globalization;
using TextEhr.Domain.Dates;

namespace TextEhr.Domain.Tests.Dates;

public sealed class JapaneseDateParserTests
{
    [Theory]
    [InlineData("S50.3.1")]
    [InlineData("s50/3/1")]
    [InlineData("S50-3-1")]
    [InlineData("S500301")]
    [InlineData("昭和50年3月1日")]
    [InlineData("昭50.3.1")]
    [InlineData("1975-03-01")]
    [InlineData("1975/3/1")]
    [InlineData("1975.3.1")]
    [InlineData("19750301")]
    [InlineData("1975年3月1日")]
    [InlineData("Ｓ５０．３．１")]
    [InlineData("ｓ５０／３／１")]
    [InlineData("昭和５０年３月１日")]
    [InlineData("１９７５－０３－０１")]
    [InlineData("１９７５０３０１")]
    [InlineData("  S50.3.1\t")]
    [InlineData("　昭和50年3月1日　")]
    [InlineData("昭和 50年 3月 1日")]
    [InlineData("1975 3 1")]
    [InlineData("S50ー3ー1")]
    [InlineData("S50。3。1")]
    [InlineData("S.50.3.1")]
    public void Every_accepted_form_of_1975_03_01_parses(string text)
    {
        var result = JapaneseDateParser.Parse(text);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(new DateOnly(1975, 3, 1), result.Value);
    }

    [Theory]
    [InlineData("R1.5.1")]
    [InlineData("令和元年5月1日")]
    [InlineData("R元.5.1")]
    [InlineData("令元.5.1")]
    [InlineData("Ｒ元．５．１")]
    [InlineData("R010501")]
    [InlineData("r1/5/1")]
    public void Gannen_and_year_1_mean_the_first_year_of_the_era(string text)
    {
        Assert.Equal(new DateOnly(2019, 5, 1), JapaneseDateParser.Parse(text).Value);
    }

    [Theory]
    [InlineData("M1.1.25", "明治元年1月25日", "1868-01-25")]
    [InlineData("M45.7.29", "明治45年7月29日", "1912-07-29")]
    [InlineData("T1.7.30", "大正元年7月30日", "1912-07-30")]
    [InlineData("T15.12.24", "大正15年12月24日", "1926-12-24")]
    [InlineData("S1.12.25", "昭和元年12月25日", "1926-12-25")]
    [InlineData("S64.1.7", "昭和64年1月7日", "1989-01-07")]
    [InlineData("H1.1.8", "平成元年1月8日", "1989-01-08")]
    [InlineData("H31.4.30", "平成31年4月30日", "2019-04-30")]
    [InlineData("R1.5.1", "令和元年5月1日", "2019-05-01")]
    public void Era_boundary_days_parse_and_format_both_ways(string shortForm, string wareki, string iso)
    {
        var date = DateOnly.Parse(iso, CultureInfo.InvariantCulture);

        Assert.Equal(date, JapaneseDateParser.Parse(shortForm).Value);
        Assert.Equal(date, JapaneseDateParser.Parse(wareki).Value);
        Assert.Equal(date, JapaneseDateParser.Parse(iso).Value);
        Assert.Equal(shortForm, JapaneseDateFormatter.FormatShort(date));
        Assert.Equal(wareki, JapaneseDateFormatter.FormatWareki(date));
    }

    [Theory]
    [InlineData("M45.7.30", 'M', 45, "1912-07-30")]
    [InlineData("T15.12.25", 'T', 15, "1926-12-25")]
    [InlineData("S64.1.8", 'S', 64, "1989-01-08")]
    [InlineData("昭和64年1月8日", 'S', 64, "1989-01-08")]
    [InlineData("H31.5.1", 'H', 31, "2019-05-01")]
    [InlineData("平成31年5月1日", 'H', 31, "2019-05-01")]
    [InlineData("H40.1.1", 'H', 40, "2028-01-01")]
    public void A_day_after_the_era_ended_is_refused_with_the_right_form(string text, char era, int eraYear, string iso)
    {
        var result = JapaneseDateParser.Parse(text);

        Assert.False(result.IsSuccess);
        Assert.Equal(
            DateMessages.AfterEraEnd(JapaneseEra.Find(era.ToString())!, eraYear, DateOnly.Parse(iso, CultureInfo.InvariantCulture)),
            result.Error);
    }

    [Theory]
    [InlineData("T1.7.29", 'T', "1912-07-29")]
    [InlineData("S1.12.24", 'S', "1926-12-24")]
    [InlineData("H1.1.7", 'H', "1989-01-07")]
    [InlineData("平成元年1月7日", 'H', "1989-01-07")]
    [InlineData("R1.4.30", 'R', "2019-04-30")]
    public void A_day_before_the_era_began_is_refused_with_the_right_form(string text, char era, string iso)
    {
        var result = JapaneseDateParser.Parse(text);

        Assert.False(result.IsSuccess);
        Assert.Equal(
            DateMessages.BeforeEraStart(JapaneseEra.Find(era.ToString())!, DateOnly.Parse(iso, CultureInfo.InvariantCulture)),
            result.Error);
    }

    [Theory]
    [InlineData("R5.2.30", 2023, 2, 30, 28)]
    [InlineData("R5.2.29", 2023, 2, 29, 28)]
    [InlineData("令和5年2月30日", 2023, 2, 30, 28)]
    [InlineData("2023-02-29", 2023, 2, 29, 28)]
    [InlineData("2024-02-30", 2024, 2, 30, 29)]
    [InlineData("R6.4.31", 2024, 4, 31, 30)]
    [InlineData("1975-03-00", 1975, 3, 0, 31)]
    public void A_day_the_month_does_not_have_is_refused(string text, int year, int month, int day, int lastDay)
    {
        Assert.Equal(DateMessages.DayOutOfRange(year, month, day, lastDay), JapaneseDateParser.Parse(text).Error);
    }

    [Fact]
    public void February_29_of_a_leap_year_is_accepted()
    {
        Assert.Equal(new DateOnly(2024, 2, 29), JapaneseDateParser.Parse("R6.2.29").Value);
    }

    [Theory]
    [InlineData("S50.13.1", 13)]
    [InlineData("1975-00-01", 0)]
    public void A_month_outside_1_to_12_is_refused(string text, int month)
    {
        Assert.Equal(DateMessages.MonthOutOfRange(month), JapaneseDateParser.Parse(text).Error);
    }

    [Theory]
    [InlineData("R0.5.1", 'R')]
    [InlineData("S000301", 'S')]
    [InlineData("平成0年1月8日", 'H')]
    public void Era_year_zero_is_refused(string text, char era)
    {
        Assert.Equal(DateMessages.EraYearZero(JapaneseEra.Find(era.ToString())!), JapaneseDateParser.Parse(text).Error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("　")]
    public void Empty_input_asks_for_a_date(string? text)
    {
        Assert.Equal(DateMessages.Empty, JapaneseDateParser.Parse(text).Error);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("昭和")]
    [InlineData("S50")]
    [InlineData("1975-03")]
    [InlineData("S50.3.1.2")]
    [InlineData("1975-03-01T10:00")]
    public void Unreadable_input_lists_the_accepted_forms(string text)
    {
        Assert.Equal(DateMessages.Unrecognised(text), JapaneseDateParser.Parse(text).Error);
    }

    [Theory]
    [InlineData("75/3/1")]
    [InlineData("50.3.1")]
    [InlineData("750301")]
    public void A_two_digit_western_year_is_refused_as_ambiguous(string text)
    {
        Assert.Equal(DateMessages.NeedsEraOrFourDigitYear(text), JapaneseDateParser.Parse(text).Error);
    }

    [Fact]
    public void An_unknown_era_letter_is_named_in_the_refusal()
    {
        Assert.Equal(DateMessages.UnknownEra("X"), JapaneseDateParser.Parse("x50.3.1").Error);
    }

    [Theory]
    [InlineData("1867-12-31")]
    [InlineData("1868-01-24")]
    [InlineData("0001-01-01")]
    public void A_western_date_before_Meiji_is_refused(string text)
    {
        Assert.Equal(DateMessages.BeforeSupportedRange, JapaneseDateParser.Parse(text).Error);
    }

    [Fact]
    public void A_Meiji_date_before_its_first_day_is_refused()
    {
        Assert.Equal(
            DateMessages.BeforeEraStart(JapaneseEra.Meiji, new DateOnly(1868, 1, 24)),
            JapaneseDateParser.Parse("M1.1.24").Error);
    }
}
