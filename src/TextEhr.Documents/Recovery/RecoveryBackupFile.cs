namespace TextEhr.Documents.Recovery;

/// <summary>One backup file as the recovery sheet lists it.</summary>
/// <param name="FinishedAt">When it was written, in the clinic's offset (printed as its wall clock).</param>
/// <param name="FileName">The file's name in the backup folder.</param>
/// <param name="SizeBytes">Its size.</param>
/// <param name="Sha256">The file's SHA-256 in hex; the sheet prints the first 16 digits to tell copies apart.</param>
public sealed record RecoveryBackupFile(DateTimeOffset FinishedAt, string FileName, long SizeBytes, string Sha256);
