using Microsoft.Data.Sqlite;
using TextEhr.Storage.Sql;

namespace TextEhr.Storage.Audit;

/// <summary>
/// The hashed values of one audit_log row exactly as stored (the action as its text), so verifying a
/// tampered row never depends on it still parsing.
/// </summary>
internal readonly record struct AuditRow(
    long Id,
    long At,
    long? UserId,
    string Action,
    string Entity,
    long? EntityId,
    long? PatientId,
    string Detail)
{
    /// <summary>Reads the first eight columns of <see cref="AuditEntryReader.Columns"/>.</summary>
    public static AuditRow Read(SqliteDataReader row) => new(
        row.GetInt64(0),
        row.GetInt64(1),
        row.GetInt64OrNull(2),
        row.GetString(3),
        row.GetString(4),
        row.GetInt64OrNull(5),
        row.GetInt64OrNull(6),
        row.GetString(7));
}
