using Microsoft.Data.Sqlite;

namespace TextEhr.Storage.Sql;

/// <summary>Typed reads of nullable columns and of our stored forms (dates, stamps, decimals).</summary>
internal static class ColumnReader
{
    public static long? GetInt64OrNull(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);

    public static int? GetInt32OrNull(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    public static string? GetStringOrNull(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static bool GetFlag(this SqliteDataReader reader, int ordinal) => reader.GetInt64(ordinal) != 0;

    public static DateOnly GetDate(this SqliteDataReader reader, int ordinal) =>
        StoredDate.FromNumber(reader.GetInt64(ordinal));

    public static DateOnly? GetDateOrNull(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : StoredDate.FromNumber(reader.GetInt64(ordinal));

    public static DateTimeOffset GetInstant(this SqliteDataReader reader, int ordinal) =>
        StoredInstant.FromNumber(reader.GetInt64(ordinal));

    public static DateTimeOffset? GetInstantOrNull(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : StoredInstant.FromNumber(reader.GetInt64(ordinal));

    public static decimal? GetDecimalOrNull(this SqliteDataReader reader, int ordinal) =>
        StoredDecimal.FromText(reader.GetStringOrNull(ordinal));
}
