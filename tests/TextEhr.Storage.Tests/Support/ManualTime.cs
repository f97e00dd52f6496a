namespace TextEhr.Storage.Tests.Support;

/// <summary>A clock the test moves by hand.</summary>
public sealed class ManualTime : TimeProvider
{
    private DateTimeOffset _now;

    public ManualTime(DateTimeOffset start)
    {
        _now = start;
    }

    /// <summary>2025-06-02 09:00 JST.</summary>
    public static ManualTime Default() => new(new DateTimeOffset(2025, 6, 2, 0, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
