using TextEhr.App.Hosting;

namespace TextEhr.App.Backup;

/// <summary>
/// Where a backup goes when no folder is named: the removable drives found (a USB stick), else the
/// folder in settings. Several candidates are for the user to pick; none means asking them to insert
/// the stick or set a folder (<see cref="BackupMessages.NoDestination"/>).
/// </summary>
public static class BackupDestinationFinder
{
    /// <summary>The candidates, best first.</summary>
    /// <param name="settings">The clinic's settings, for the folder there.</param>
    /// <param name="removable">
    /// The removable drives ready now: <c>RemovableDrives.Find()</c> in the product, a list in tests (the caller
    /// holds the source, so no test sees the machine's own sticks).
    /// </param>
    public static IReadOnlyList<BackupDestination> Find(ClinicSettings settings, IReadOnlyList<string> removable)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(removable);
        if (removable.Count > 0)
        {
            return [.. removable.Select(path => new BackupDestination(path, BackupDestinationKind.Removable))];
        }

        return string.IsNullOrWhiteSpace(settings.BackupFolder)
            ? []
            : [new BackupDestination(settings.BackupFolder.Trim(), BackupDestinationKind.Settings)];
    }
}
