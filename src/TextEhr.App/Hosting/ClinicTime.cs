namespace TextEhr.App.Hosting;

/// <summary>
/// The clinic's clock: Japan Standard Time, which has had no daylight saving since 1951, so a fixed
/// +09:00 is exact and needs no time-zone database.
/// </summary>
public static class ClinicTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(9);

    public static DateTimeOffset Now(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return time.GetUtcNow().ToOffset(Offset);
    }

    /// <summary>Today's date in Japan.</summary>
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(Now(time).DateTime);

    public static DateTimeOffset ToJst(DateTimeOffset stamp) => stamp.ToOffset(Offset);
}
