namespace TextEhr.App.Backup;

/// <summary>Where a candidate destination came from.</summary>
public enum BackupDestinationKind
{
    Given,
    Removable,
    Settings,
}
