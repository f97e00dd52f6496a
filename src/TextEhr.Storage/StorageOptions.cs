namespace TextEhr.Storage;

/// <summary>Tunables of the connection policy; the defaults are the product's (tests shorten the wait).</summary>
internal sealed record StorageOptions
{
    public static StorageOptions Default { get; } = new();

    /// <summary>How long a write waits for another process's lock before the user is told the database is busy.</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// A birth or phone search matching at least this many patients is scanned in the in-memory search
    /// index; below it, SQL reads and sorts the few hits (about 4 µs each on 100,000 patients). Tests set 0
    /// (always in memory) or int.MaxValue (always SQL) to compare the two ways.
    /// </summary>
    public int InMemorySearchFrom { get; init; } = 200;
}
