using Microsoft.Data.Sqlite;
using TextEhr.Domain.Audit;
using TextEhr.Domain.Backup;
using TextEhr.Storage.Tests.Support;

namespace TextEhr.Storage.Tests.Backup;

public sealed class BackupRecordStoreTests : IDisposable
{
    private readonly TestClinic _clinic = new();

    public void Dispose() => _clinic.Dispose();

    [Fact]
    public void Add_stores_the_record_and_appends_a_backup_audit_row()
    {
        var added = _clinic.Db.BackupRecords.Add(Record("TextEhr-1234567-20250602-090000.ehrbk"));

        var latest = _clinic.Db.BackupRecords.Latest();
        Assert.NotNull(latest);
        Assert.Equal(added.Id, latest.Id);
        Assert.Equal("TextEhr-1234567-20250602-090000.ehrbk", latest.FileName);
        Assert.Equal(Enumerable.Repeat((byte)7, 32), latest.FileSha256);
        Assert.Equal(Enumerable.Repeat((byte)9, 32), latest.ContentSha256);
        Assert.Equal(123_456, latest.SizeBytes);
        Assert.Null(latest.PrunedAt);
        var audit = _clinic.Db.Audit.Recent(1)[0];
        Assert.Equal(AuditAction.Backup, audit.Action);
        Assert.Equal(added.Id, audit.EntityId);
        Assert.True(_clinic.Db.Audit.Verify().IsIntact);
    }

    [Fact]
    public void Latest_is_the_newest_finished_and_All_lists_newest_first()
    {
        Assert.Null(_clinic.Db.BackupRecords.Latest());
        _clinic.Db.BackupRecords.Add(Record("a.ehrbk", minutes: 0));
        _clinic.Db.BackupRecords.Add(Record("b.ehrbk", minutes: 60));

        Assert.Equal("b.ehrbk", _clinic.Db.BackupRecords.Latest()!.FileName);
        Assert.Equal<string>(["b.ehrbk", "a.ehrbk"], [.. _clinic.Db.BackupRecords.All().Select(r => r.FileName)]);
    }

    [Fact]
    public void Pruned_at_is_set_once_and_nothing_else_can_change_or_be_deleted()
    {
        var added = _clinic.Db.BackupRecords.Add(Record("a.ehrbk"));
        var first = _clinic.Time.GetUtcNow().AddDays(1);

        _clinic.Db.BackupRecords.MarkPruned(added.Id, first);
        _clinic.Db.BackupRecords.MarkPruned(added.Id, first.AddDays(1));

        Assert.Equal(first, _clinic.Db.BackupRecords.Latest()!.PrunedAt);
        var raw = _clinic.Raw();
        Assert.Throws<SqliteException>(() => TestClinic.Execute(raw, "UPDATE backup_records SET size_bytes = 1"));
        Assert.Throws<SqliteException>(() => TestClinic.Execute(raw, "UPDATE backup_records SET pruned_at = 5"));
        Assert.Throws<SqliteException>(() => TestClinic.Execute(raw, "DELETE FROM backup_records"));
    }

    private BackupRecord Record(string fileName, int minutes = 0) => new()
    {
        StartedAt = _clinic.Time.GetUtcNow().AddMinutes(minutes),
        FinishedAt = _clinic.Time.GetUtcNow().AddMinutes(minutes + 1),
        UserId = _clinic.DoctorId,
        Destination = "/media/usb/TextEhr-backup",
        FileName = fileName,
        SizeBytes = 123_456,
        FileSha256 = Enumerable.Repeat((byte)7, 32).ToArray(),
        ContentSha256 = Enumerable.Repeat((byte)9, 32).ToArray(),
        AuditHead = Enumerable.Repeat((byte)1, 32).ToArray(),
        SchemaVersion = 5,
    };
}
