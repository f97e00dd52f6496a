using TextEhr.App.Bench;

namespace TextEhr.App.Tests.Bench;

public sealed class LatencyStatsTests
{
    [Fact]
    public void Percentiles_of_one_to_a_hundred_are_nearest_ranks()
    {
        var stats = LatencyStats.From(Enumerable.Range(1, 100).Select(i => (double)i).Reverse());

        Assert.Equal(100, stats.Count);
        Assert.Equal(50, stats.P50);
        Assert.Equal(99, stats.P99);
        Assert.Equal(100, stats.Max);
        Assert.Equal(50.5, stats.Mean, 6);
    }

    [Fact]
    public void P99_of_a_thousand_samples_is_the_990th()
    {
        var stats = LatencyStats.From(Enumerable.Range(1, 1000).Select(i => i / 10.0));

        Assert.Equal(99.0, stats.P99, 6);
        Assert.Equal(50.0, stats.P50, 6);
    }

    [Fact]
    public void One_slow_sample_in_a_hundred_does_not_reach_p99_but_two_do()
    {
        var one = Enumerable.Repeat(1.0, 99).Append(50.0);
        var two = Enumerable.Repeat(1.0, 98).Concat([50.0, 60.0]);

        Assert.Equal(1.0, LatencyStats.From(one).P99);
        Assert.Equal(50.0, LatencyStats.From(two).P99);
    }

    [Fact]
    public void A_single_sample_is_every_percentile()
    {
        var stats = LatencyStats.From([3.5]);

        Assert.Equal((1, 3.5, 3.5, 3.5), (stats.Count, stats.P50, stats.P99, stats.Max));
    }

    [Fact]
    public void No_samples_give_a_count_of_zero_and_no_figures()
    {
        var stats = LatencyStats.From([]);

        Assert.Equal(0, stats.Count);
        Assert.True(double.IsNaN(stats.P50) && double.IsNaN(stats.P99));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void A_percentile_outside_0_to_100_is_refused(double percent)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LatencyStats.Percentile([1.0, 2.0], percent));
    }
}
