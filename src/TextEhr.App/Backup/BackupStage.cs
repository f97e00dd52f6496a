namespace TextEhr.App.Backup;

/// <summary>The steps a backup or restore reports, in the order they happen.</summary>
public enum BackupStage
{
    Copying,
    Checking,
    Writing,
    Verifying,
    Pruning,
    Recording,
    Restoring,
    Opening,
    Done,
}
