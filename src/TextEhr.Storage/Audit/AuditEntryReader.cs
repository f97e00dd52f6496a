using Microsoft.Data.Sqlite;
using TextEhr.Domain.Audit;
using TextEhr.Storage.Sql;

namespace TextEhr.Storage.Audit;

/// <summary>Maps audit_log rows selected with <see cref="Columns"/>.</summary>
internal static class AuditEntryReader
{
    public const string Columns = "id, at, user_id, action, entity, entity_id, patient_id, detail, prev_hash, hash";

    public static AuditEntry Read(SqliteDataReader row) => new()
    {
        Id = row.GetInt64(0),
        At = row.GetInstant(1),
        UserId = row.GetInt64OrNull(2),
        Action = Enum.Parse<AuditAction>(row.GetString(3)),
        Entity = row.GetString(4),
        EntityId = row.GetInt64OrNull(5),
        PatientId = row.GetInt64OrNull(6),
        Detail = row.GetString(7),
        PreviousHash = AuditRowHasher.ToHex((byte[])row.GetValue(8)),
        Hash = AuditRowHasher.ToHex((byte[])row.GetValue(9)),
    };
}
