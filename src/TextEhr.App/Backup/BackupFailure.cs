namespace TextEhr.App.Backup;

/// <summary>Why a backup, check or restore stopped; the screen may pick its advice by it.</summary>
public enum BackupFailure
{
    WrongPassphrase,
    Damaged,
    NotABackup,
    NoPassphrase,
    NoDestination,
    DestinationFull,
    DestinationGone,
    DestinationReadOnly,
    DatabaseInUse,
    SnapshotBroken,
    WriteFailed,
}
