namespace TextEhr.App.Bench;

/// <summary>
/// Latency figures of one operation in milliseconds. Percentiles use the nearest-rank method: p99 of
/// 1 000 samples is the 990th smallest, a value that was actually observed.
/// </summary>
public sealed record LatencyStats(int Count, double P50, double P99, double Max, double Mean)
{
    public static LatencyStats From(IEnumerable<double> milliseconds)
    {
        ArgumentNullException.ThrowIfNull(milliseconds);
        var sorted = milliseconds.ToArray();
        if (sorted.Length == 0)
        {
            return new LatencyStats(0, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        Array.Sort(sorted);
        return new LatencyStats(sorted.Length, Percentile(sorted, 50), Percentile(sorted, 99), sorted[^1], sorted.Average());
    }

    /// <summary>The nearest-rank percentile of ascending <paramref name="sorted"/> values.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double percent)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
        {
            throw new ArgumentException("No samples.", nameof(sorted));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(percent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }
}
