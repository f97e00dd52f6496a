namespace TextEhr.App.Backup;

/// <summary>A folder a backup can go to, and a Japanese label for a pick list ("USB: /media/usb").</summary>
public sealed record BackupDestination(string Path, BackupDestinationKind Kind)
{
    public string Label => Kind switch
    {
        BackupDestinationKind.Removable => "USB・外付け: " + Path,
        BackupDestinationKind.Settings => "設定のフォルダ: " + Path,
        _ => Path,
    };
}
