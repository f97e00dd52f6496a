using TextEhr.Domain.Backup;

namespace TextEhr.Domain.Stores;

/// <summary>The record of backups written (append-only; a pruned generation keeps its row).</summary>
public interface IBackupRecordStore
{
    /// <summary>Stores <paramref name="record"/> with a Backup row in the audit log, in one transaction.</summary>
    BackupRecord Add(BackupRecord record);

    /// <summary>The newest backup finished, or null when none was ever taken.</summary>
    BackupRecord? Latest();

    /// <summary>Every record, newest first.</summary>
    IReadOnlyList<BackupRecord> All();

    /// <summary>Notes that the generation's file was removed (once; later calls change nothing).</summary>
    void MarkPruned(long id, DateTimeOffset at);
}
