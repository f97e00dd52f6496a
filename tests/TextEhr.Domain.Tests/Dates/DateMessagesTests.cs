using TextEhr.Domain.Dates;

namespace TextEhr.Domain.Tests.Dates;

// The refusals must say why and show the form that works; these pin the wording's key parts.
public sealed class DateMessagesTests
{
    [Fact]
    public void AfterEraEnd_for_H31_5_1_names_Reiwa_gannen_in_both_forms()
    {
        var message = DateMessages.AfterEraEnd(JapaneseEra.Heisei, 31, new DateOnly(2019, 5, 1));

        Assert.Contains("平成31年は4月30日まで", message, StringComparison.Ordinal);
        Assert.Contains("令和元年5月1日", message, StringComparison.Ordinal);
        Assert.Contains("R1.5.1", message, StringComparison.Ordinal);
    }

    [Fact]
    public void AfterEraEnd_for_S64_1_8_says_Showa_64_ended_on_January_7()
    {
        var message = DateMessages.AfterEraEnd(JapaneseEra.Showa, 64, new DateOnly(1989, 1, 8));

        Assert.Contains("昭和64年は1月7日まで", message, StringComparison.Ordinal);
        Assert.Contains("平成元年1月8日 (H1.1.8)", message, StringComparison.Ordinal);
    }

    [Fact]
    public void AfterEraEnd_for_a_later_year_names_the_last_year_of_the_era()
    {
        var message = DateMessages.AfterEraEnd(JapaneseEra.Heisei, 40, new DateOnly(2028, 1, 1));

        Assert.Contains("平成は31年4月30日まで", message, StringComparison.Ordinal);
        Assert.Contains("令和10年1月1日 (R10.1.1)", message, StringComparison.Ordinal);
    }

    [Fact]
    public void BeforeEraStart_for_H1_1_7_names_Showa_64()
    {
        var message = DateMessages.BeforeEraStart(JapaneseEra.Heisei, new DateOnly(1989, 1, 7));

        Assert.Contains("1989年1月8日から", message, StringComparison.Ordinal);
        Assert.Contains("昭和64年1月7日 (S64.1.7)", message, StringComparison.Ordinal);
    }

    [Fact]
    public void DayOutOfRange_for_February_says_how_many_days_it_has_that_year()
    {
        Assert.Contains("2月は28日まで", DateMessages.DayOutOfRange(2023, 2, 30, 28), StringComparison.Ordinal);
        Assert.Contains("4月は30日まで", DateMessages.DayOutOfRange(2024, 4, 31, 30), StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_and_Unrecognised_show_examples()
    {
        Assert.Contains("S50.3.1", DateMessages.Empty, StringComparison.Ordinal);
        Assert.Contains(DateMessages.AcceptedForms, DateMessages.Unrecognised("abc"), StringComparison.Ordinal);
    }
}
