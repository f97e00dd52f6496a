namespace TextEhr.Storage.Sql;

/// <summary>Stamps as INTEGER UTC Unix milliseconds (shown in JST at the edge).</summary>
internal static class StoredInstant
{
    public static long ToNumber(DateTimeOffset instant) => instant.ToUnixTimeMilliseconds();

    public static long? ToNumber(DateTimeOffset? instant) => instant?.ToUnixTimeMilliseconds();

    public static DateTimeOffset FromNumber(long value) => DateTimeOffset.FromUnixTimeMilliseconds(value);
}
