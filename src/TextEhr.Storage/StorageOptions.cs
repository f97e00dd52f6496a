namespace TextEhr.Storage;

/// <summary>Tunables of the connection policy; the defaults are the product's (tests shorten the wait).</summary>
internal sealed record StorageOptions
{
    public static StorageOptions Default { get; } = new();

    /// <summary>How long a write waits for another process's lock before the user is told the database is busy.</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(5);
}
