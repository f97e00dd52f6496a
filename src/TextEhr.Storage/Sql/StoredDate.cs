namespace TextEhr.Storage.Sql;

/// <summary>
/// Clinical dates as INTEGER yyyymmdd: sortable, readable in any SQLite tool, and a birth prefix is a
/// plain BETWEEN (notes/DB.md §4: the library would otherwise bind DateOnly as TEXT).
/// </summary>
internal static class StoredDate
{
    public static long ToNumber(DateOnly date) => (date.Year * 10_000L) + (date.Month * 100L) + date.Day;

    public static long? ToNumber(DateOnly? date) => date is { } d ? ToNumber(d) : null;

    public static DateOnly FromNumber(long value) =>
        new((int)(value / 10_000), (int)(value / 100 % 100), (int)(value % 100));
}
