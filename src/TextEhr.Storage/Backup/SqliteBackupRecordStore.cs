using System.Globalization;
using Microsoft.Data.Sqlite;
using TextEhr.Domain.Audit;
using TextEhr.Domain.Backup;
using TextEhr.Domain.Stores;
using TextEhr.Storage.Audit;
using TextEhr.Storage.Sql;

namespace TextEhr.Storage.Backup;

/// <summary><see cref="IBackupRecordStore"/> over backup_records (migration 0005).</summary>
internal sealed class SqliteBackupRecordStore : IBackupRecordStore
{
    private const string Columns = """
        id, started_at, finished_at, user_id, destination, file_name, size_bytes, file_sha256, content_sha256,
        audit_head, schema_version, pruned_at
        """;

    private const string InsertSql = """
        INSERT INTO backup_records(started_at, finished_at, user_id, destination, file_name, size_bytes, file_sha256,
          content_sha256, audit_head, schema_version)
        VALUES (@started, @finished, @user, @destination, @file, @size, @file_hash, @content_hash, @audit_head, @schema)
        RETURNING id
        """;

    private const string LatestSql = "SELECT " + Columns + " FROM backup_records ORDER BY finished_at DESC, id DESC LIMIT 1";

    private const string AllSql = "SELECT " + Columns + " FROM backup_records ORDER BY finished_at DESC, id DESC";

    private const string PruneSql = "UPDATE backup_records SET pruned_at = @at WHERE id = @id AND pruned_at IS NULL";

    private readonly SqliteSession _session;
    private readonly AuditChain _audit;

    public SqliteBackupRecordStore(SqliteSession session, AuditChain audit)
    {
        _session = session;
        _audit = audit;
    }

    public BackupRecord Add(BackupRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return _session.Write(() =>
        {
            var id = (long)(_session.Scalar(
                InsertSql,
                ("@started", StoredInstant.ToNumber(record.StartedAt)),
                ("@finished", StoredInstant.ToNumber(record.FinishedAt)),
                ("@user", record.UserId),
                ("@destination", record.Destination),
                ("@file", record.FileName),
                ("@size", record.SizeBytes),
                ("@file_hash", record.FileSha256.ToArray()),
                ("@content_hash", record.ContentSha256.ToArray()),
                ("@audit_head", record.AuditHead?.ToArray()),
                ("@schema", record.SchemaVersion)) ?? throw new InvalidOperationException("INSERT returned no id."));

            // The file name says when and for which clinic; the folder may name a person's drive, so it stays out.
            _audit.Append(AuditAction.Backup, AuditEntities.Backup, id, null, record.UserId, string.Create(
                CultureInfo.InvariantCulture,
                $"{record.FileName} {record.SizeBytes} bytes sha256 {Convert.ToHexStringLower(record.FileSha256.ToArray())}"));
            return record with { Id = id };
        });
    }

    public BackupRecord? Latest() => _session.Read(() => _session.QuerySingle(LatestSql, Read));

    public IReadOnlyList<BackupRecord> All() => _session.Read(() => _session.Query(AllSql, Read));

    public void MarkPruned(long id, DateTimeOffset at) =>
        _session.Write(() => _session.Execute(PruneSql, ("@at", StoredInstant.ToNumber(at)), ("@id", id)));

    private static BackupRecord Read(SqliteDataReader reader) => new()
    {
        Id = reader.GetInt64(0),
        StartedAt = StoredInstant.FromNumber(reader.GetInt64(1)),
        FinishedAt = StoredInstant.FromNumber(reader.GetInt64(2)),
        UserId = reader.IsDBNull(3) ? null : reader.GetInt64(3),
        Destination = reader.GetString(4),
        FileName = reader.GetString(5),
        SizeBytes = reader.GetInt64(6),
        FileSha256 = reader.GetFieldValue<byte[]>(7),
        ContentSha256 = reader.GetFieldValue<byte[]>(8),
        AuditHead = reader.IsDBNull(9) ? null : reader.GetFieldValue<byte[]>(9),
        SchemaVersion = reader.GetInt32(10),
        PrunedAt = reader.IsDBNull(11) ? null : StoredInstant.FromNumber(reader.GetInt64(11)),
    };
}
