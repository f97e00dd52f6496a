using System.Diagnostics;

namespace TextEhr.App.Bench;

/// <summary>Wall-clock timing with the high-resolution timestamp, in milliseconds.</summary>
public static class BenchTimer
{
    public static double Milliseconds(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var started = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }
}
