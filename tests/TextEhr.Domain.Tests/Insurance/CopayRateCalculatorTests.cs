using TextEhr.Domain.Insurance;

namespace TextEhr.Domain.Tests.Insurance;

public sealed class CopayRateCalculatorTests
{
    [Fact]
    public void A_child_born_on_April_1_leaves_preschool_rate_at_the_March_31_before_the_sixth_birthday()
    {
        var birth = new DateOnly(2019, 4, 1);

        Assert.Equal(new DateOnly(2025, 3, 31), CopayRateCalculator.PreschoolLastDay(birth));
        AssertRate(CopayRate.Two, CopayRateBasis.Preschool, CopayRateCalculator.Derive(birth, new DateOnly(2025, 3, 31), null));
        AssertRate(CopayRate.Three, CopayRateBasis.WorkingAge, CopayRateCalculator.Derive(birth, new DateOnly(2025, 4, 1), null));
    }

    [Fact]
    public void A_child_born_on_April_2_keeps_preschool_rate_a_year_longer()
    {
        var birth = new DateOnly(2019, 4, 2);

        Assert.Equal(new DateOnly(2026, 3, 31), CopayRateCalculator.PreschoolLastDay(birth));
        AssertRate(CopayRate.Two, CopayRateBasis.Preschool, CopayRateCalculator.Derive(birth, new DateOnly(2025, 4, 2), null));
        AssertRate(CopayRate.Two, CopayRateBasis.Preschool, CopayRateCalculator.Derive(birth, new DateOnly(2026, 3, 31), null));
        AssertRate(CopayRate.Three, CopayRateBasis.WorkingAge, CopayRateCalculator.Derive(birth, new DateOnly(2026, 4, 1), null));
    }

    [Fact]
    public void The_preschool_reason_names_the_last_day()
    {
        var derived = CopayRateCalculator.Derive(new DateOnly(2019, 4, 2), new DateOnly(2020, 1, 1), null);

        Assert.Equal(InsuranceMessages.PreschoolReason(new DateOnly(2026, 3, 31)), derived.Reason);
    }

    [Fact]
    public void At_69_the_rate_is_three_tenths_whatever_the_card_says()
    {
        var derived = CopayRateCalculator.Derive(new DateOnly(1956, 6, 15), new DateOnly(2025, 6, 14), 2);

        AssertRate(CopayRate.Three, CopayRateBasis.WorkingAge, derived);
        Assert.Equal(InsuranceMessages.WorkingAgeReason, derived.Reason);
    }

    [Fact]
    public void In_the_month_of_turning_70_the_rate_stays_three_tenths_until_the_next_month()
    {
        var birth = new DateOnly(1955, 6, 15);

        var derived = CopayRateCalculator.Derive(birth, new DateOnly(2025, 6, 20), 2);

        AssertRate(CopayRate.Three, CopayRateBasis.WorkingAge, derived);
        Assert.Equal(InsuranceMessages.BeforeElderlyStartReason(new DateOnly(2025, 7, 1)), derived.Reason);
        AssertRate(CopayRate.Two, CopayRateBasis.Elderly, CopayRateCalculator.Derive(birth, new DateOnly(2025, 7, 1), 2));
    }

    [Fact]
    public void Someone_born_on_the_1st_is_elderly_from_the_birthday_month()
    {
        var birth = new DateOnly(1955, 6, 1);

        Assert.Equal(new DateOnly(2025, 6, 1), CopayRateCalculator.ElderlyFirstDay(birth));
        AssertRate(CopayRate.Three, CopayRateBasis.WorkingAge, CopayRateCalculator.Derive(birth, new DateOnly(2025, 5, 31), 2));
        AssertRate(CopayRate.Two, CopayRateBasis.Elderly, CopayRateCalculator.Derive(birth, new DateOnly(2025, 6, 1), 2));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void From_70_to_74_the_card_rate_is_used(int card)
    {
        var derived = CopayRateCalculator.Derive(new DateOnly(1951, 6, 15), new DateOnly(2026, 6, 14), card);

        AssertRate(CopayRate.FromTenths(card), CopayRateBasis.Elderly, derived);
        Assert.False(derived.IsAssumed);
        Assert.Equal(InsuranceMessages.ElderlyReason(CopayRate.FromTenths(card)), derived.Reason);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(1)]
    [InlineData(10)]
    public void From_70_to_74_a_missing_or_impossible_card_rate_defaults_to_two_tenths_and_is_flagged(int? card)
    {
        var derived = CopayRateCalculator.Derive(new DateOnly(1953, 1, 10), new DateOnly(2025, 6, 1), card);

        AssertRate(CopayRate.Two, CopayRateBasis.Elderly, derived);
        Assert.True(derived.IsAssumed);
        Assert.Equal(InsuranceMessages.ElderlyAssumedReason(card), derived.Reason);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void From_the_75th_birthday_the_late_elderly_card_rate_is_used(int card)
    {
        var birth = new DateOnly(1951, 6, 15);

        AssertRate(CopayRate.FromTenths(card), CopayRateBasis.LateElderly, CopayRateCalculator.Derive(birth, new DateOnly(2026, 6, 15), card));
        Assert.Equal(CopayRateBasis.Elderly, CopayRateCalculator.Derive(birth, new DateOnly(2026, 6, 14), 3).Basis);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(10)]
    public void At_75_a_missing_or_impossible_card_rate_defaults_to_one_tenth_and_is_flagged(int? card)
    {
        var derived = CopayRateCalculator.Derive(new DateOnly(1940, 1, 1), new DateOnly(2025, 6, 1), card);

        AssertRate(CopayRate.One, CopayRateBasis.LateElderly, derived);
        Assert.True(derived.IsAssumed);
        Assert.Equal(InsuranceMessages.LateElderlyAssumedReason(card), derived.Reason);
    }

    [Fact]
    public void Someone_born_on_February_29_becomes_late_elderly_on_March_1_in_a_common_year()
    {
        var birth = new DateOnly(1952, 2, 29);

        Assert.Equal(CopayRateBasis.Elderly, CopayRateCalculator.Derive(birth, new DateOnly(2027, 2, 28), 2).Basis);
        Assert.Equal(CopayRateBasis.LateElderly, CopayRateCalculator.Derive(birth, new DateOnly(2027, 3, 1), 1).Basis);
    }

    [Fact]
    public void Effective_uses_the_derived_rate_without_warning_when_nothing_was_entered()
    {
        var derived = CopayRateCalculator.Derive(new DateOnly(1980, 1, 1), new DateOnly(2025, 1, 1), null);

        Assert.Equal(new EffectiveCopayRate(CopayRate.Three, null), CopayRateCalculator.Effective(derived, null));
    }

    [Fact]
    public void Effective_passes_on_the_flag_when_the_derived_rate_was_assumed()
    {
        var derived = CopayRateCalculator.Derive(new DateOnly(1940, 1, 1), new DateOnly(2025, 1, 1), null);

        Assert.Equal(new EffectiveCopayRate(CopayRate.One, derived.Reason), CopayRateCalculator.Effective(derived, null));
    }

    [Fact]
    public void An_entered_rate_that_agrees_gives_no_warning()
    {
        var derived = CopayRateCalculator.Derive(new DateOnly(1980, 1, 1), new DateOnly(2025, 1, 1), null);

        Assert.Null(CopayRateCalculator.Effective(derived, CopayRate.Three).Warning);
    }

    [Fact]
    public void An_entered_rate_that_differs_wins_with_a_warning()
    {
        var derived = CopayRateCalculator.Derive(new DateOnly(2021, 5, 5), new DateOnly(2025, 1, 1), null);

        var effective = CopayRateCalculator.Effective(derived, CopayRate.Three);

        Assert.Equal(CopayRate.Three, effective.Rate);
        Assert.Equal(InsuranceMessages.RateDiffersFromDerived(CopayRate.Three, CopayRate.Two), effective.Warning);
    }

    private static void AssertRate(CopayRate rate, CopayRateBasis basis, DerivedCopayRate derived)
    {
        Assert.Equal(rate, derived.Rate);
        Assert.Equal(basis, derived.Basis);
    }
}
