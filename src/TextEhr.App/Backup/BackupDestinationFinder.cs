using TextEhr.App.Hosting;

namespace TextEhr.App.Backup;

/// <summary>
/// Where a backup goes when no folder is named: the removable drives found (a USB stick), else the
/// folder in settings. Several candidates are for the user to pick; none means asking them to insert
/// the stick or set a folder (<see cref="BackupMessages.NoDestination"/>).
/// </summary>
public static class BackupDestinationFinder
{
    public static IReadOnlyList<BackupDestination> Find(ClinicSettings settings) => Find(settings, RemovableDrives.Find());

    internal static IReadOnlyList<BackupDestination> Find(ClinicSettings settings, IReadOnlyList<string> removable)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (removable.Count > 0)
        {
            return [.. removable.Select(path => new BackupDestination(path, BackupDestinationKind.Removable))];
        }

        return string.IsNullOrWhiteSpace(settings.BackupFolder)
            ? []
            : [new BackupDestination(settings.BackupFolder.Trim(), BackupDestinationKind.Settings)];
    }
}
