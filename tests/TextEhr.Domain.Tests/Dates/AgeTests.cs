using System.Globalization;
using TextEhr.Domain.Dates;

namespace TextEhr.Domain.Tests.Dates;

public sealed class AgeTests
{
    [Theory]
    [InlineData("2025-02-28", 49)]
    [InlineData("2025-03-01", 50)]
    [InlineData("2025-03-02", 50)]
    [InlineData("1975-03-01", 0)]
    public void FullYears_counts_a_year_on_the_birthday_itself(string on, int expected)
    {
        Assert.Equal(expected, Age.FullYears(new DateOnly(1975, 3, 1), DateOnly.Parse(on, CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2001-02-28", 0)]
    [InlineData("2001-03-01", 1)]
    [InlineData("2004-02-28", 3)]
    [InlineData("2004-02-29", 4)]
    public void Someone_born_on_February_29_turns_older_on_March_1_in_common_years(string on, int expected)
    {
        Assert.Equal(expected, Age.FullYears(new DateOnly(2000, 2, 29), DateOnly.Parse(on, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void FullYears_refuses_a_day_before_the_birth()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Age.FullYears(new DateOnly(2000, 1, 2), new DateOnly(2000, 1, 1)));
    }

    [Fact]
    public void Describe_gives_years_from_the_first_birthday()
    {
        Assert.Equal(DateMessages.AgeInYears(49), Age.Describe(new DateOnly(1975, 3, 1), new DateOnly(2025, 2, 28)));
        Assert.Equal("49歳", Age.Describe(new DateOnly(1975, 3, 1), new DateOnly(2025, 2, 28)));
        Assert.Equal("1歳", Age.Describe(new DateOnly(2024, 3, 1), new DateOnly(2025, 3, 1)));
    }

    [Fact]
    public void Describe_gives_months_for_a_baby_under_one_year()
    {
        Assert.Equal("3か月", Age.Describe(new DateOnly(2025, 1, 15), new DateOnly(2025, 4, 15)));
        Assert.Equal("11か月", Age.Describe(new DateOnly(2024, 3, 1), new DateOnly(2025, 2, 28)));
    }

    [Fact]
    public void Describe_gives_days_for_a_baby_under_one_month()
    {
        Assert.Equal("0日", Age.Describe(new DateOnly(2025, 1, 31), new DateOnly(2025, 1, 31)));
        Assert.Equal("28日", Age.Describe(new DateOnly(2025, 1, 31), new DateOnly(2025, 2, 28)));
        Assert.Equal("1か月", Age.Describe(new DateOnly(2025, 1, 31), new DateOnly(2025, 3, 1)));
    }
}
