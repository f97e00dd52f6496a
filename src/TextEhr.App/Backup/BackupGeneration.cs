namespace TextEhr.App.Backup;

/// <summary>
/// One backup file found in a destination: its time (from the name), size, and whether this clinic's
/// records say it was written and verified with that size.
/// </summary>
public sealed record BackupGeneration(string FullPath, string FileName, string ClinicCode, DateTimeOffset CreatedAt, long SizeBytes, bool Verified);
