namespace TextEhr.App.Backup;

/// <summary>A backup file read to its end with every chunk and file hash correct, and what it holds.</summary>
public sealed record BackupVerification(
    string FilePath, DateTimeOffset CreatedAt, string ClinicCode, string ClinicName, int SchemaVersion, long Patients, long ChartEntries, string ContentSha256)
{
    public string ResultLine => BackupMessages.Verified(FilePath, CreatedAt, Patients, ChartEntries);
}
