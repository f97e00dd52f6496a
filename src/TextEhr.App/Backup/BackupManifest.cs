namespace TextEhr.App.Backup;

/// <summary>
/// The last entry of a backup's payload: what the files inside are (size and SHA-256 each) and what the
/// database held when it was copied. Read back after every other entry, so it seals them.
/// </summary>
internal sealed record BackupManifest
{
    public const int CurrentFormat = 1;

    public int Format { get; init; } = CurrentFormat;

    public required DateTimeOffset CreatedAt { get; init; }

    public required string ClinicCode { get; init; }

    public required string ClinicName { get; init; }

    public required int SchemaVersion { get; init; }

    public required long Patients { get; init; }

    public required long ChartEntries { get; init; }

    /// <summary>The database's logical content hash (tables in rowid order, type-tagged), lower-case hex.</summary>
    public required string ContentSha256 { get; init; }

    public string? AuditHead { get; init; }

    public IReadOnlyList<BackupManifestFile> Files { get; init; } = [];
}
