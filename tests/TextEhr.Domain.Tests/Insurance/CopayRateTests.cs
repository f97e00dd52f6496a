using TextEhr.Domain.Insurance;

namespace TextEhr.Domain.Tests.Insurance;

public sealed class CopayRateTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(10)]
    public void Zero_to_three_and_ten_tenths_are_allowed(int tenths)
    {
        Assert.True(CopayRate.IsAllowed(tenths));
        Assert.Equal(tenths, CopayRate.FromTenths(tenths).Tenths);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(4)]
    [InlineData(9)]
    [InlineData(11)]
    public void Other_rates_are_refused(int tenths)
    {
        Assert.False(CopayRate.IsAllowed(tenths));
        Assert.Throws<ArgumentOutOfRangeException>(() => CopayRate.FromTenths(tenths));
    }

    [Fact]
    public void Three_tenths_is_30_percent_with_a_70_percent_benefit()
    {
        Assert.Equal(30, CopayRate.Three.Percent);
        Assert.Equal(70, CopayRate.Three.BenefitPercent);
        Assert.Equal(0, CopayRate.Full.BenefitPercent);
    }

    [Fact]
    public void A_rate_shows_as_wari()
    {
        Assert.Equal("3割", CopayRate.Three.ToString());
        Assert.Equal(InsuranceMessages.RateLabel(CopayRate.Full), CopayRate.Full.ToString());
    }

    [Fact]
    public void Rates_compare_by_value()
    {
        Assert.Equal(CopayRate.Two, CopayRate.FromTenths(2));
        Assert.NotEqual(CopayRate.Two, CopayRate.Three);
    }
}
