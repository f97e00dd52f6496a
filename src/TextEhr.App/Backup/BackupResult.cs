using TextEhr.Domain.Backup;

namespace TextEhr.App.Backup;

/// <summary>A backup written and verified: where, how big, its record, the generations removed, and the line to show.</summary>
public sealed record BackupResult(string FilePath, long SizeBytes, BackupRecord Record, IReadOnlyList<string> Pruned, TimeSpan Elapsed)
{
    /// <summary>バックアップしました: /media/usb/TextEhr-backup/TextEhr-… 245 MB、検証済み</summary>
    public string ResultLine => BackupMessages.Done(FilePath, SizeBytes);
}
