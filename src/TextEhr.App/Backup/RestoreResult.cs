namespace TextEhr.App.Backup;

/// <summary>
/// A restore done: what the data folder now holds, when that backup was taken, and where the data it
/// replaced was kept (null when the folder held no database).
/// </summary>
public sealed record RestoreResult(string ClinicName, long Patients, long ChartEntries, DateTimeOffset BackupCreatedAt, int SchemaVersion, string? SetAsidePath)
{
    public string ResultLine => SetAsidePath is null
        ? BackupMessages.RestoredIntoEmpty(ClinicName, Patients, ChartEntries, BackupCreatedAt)
        : BackupMessages.Restored(ClinicName, Patients, ChartEntries, BackupCreatedAt, SetAsidePath);
}
