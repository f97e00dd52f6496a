namespace TextEhr.Domain.Backup;

/// <summary>
/// One backup file written and verified: when, by whom, where, how big, and the hashes that tie the
/// file to the database it holds. Kept forever; <see cref="PrunedAt"/> is set when the generation is
/// removed from the destination.
/// </summary>
public sealed record BackupRecord
{
    public long Id { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required DateTimeOffset FinishedAt { get; init; }

    public long? UserId { get; init; }

    /// <summary>The folder the file was written to (the <c>TextEhr-backup</c> folder).</summary>
    public required string Destination { get; init; }

    public required string FileName { get; init; }

    public required long SizeBytes { get; init; }

    /// <summary>SHA-256 of the encrypted file as written.</summary>
    public required IReadOnlyList<byte> FileSha256 { get; init; }

    /// <summary>SHA-256 of the database's content (tables in rowid order, type-tagged).</summary>
    public required IReadOnlyList<byte> ContentSha256 { get; init; }

    /// <summary>The audit chain's newest hash in the snapshot; null when the log was empty.</summary>
    public IReadOnlyList<byte>? AuditHead { get; init; }

    public required int SchemaVersion { get; init; }

    public DateTimeOffset? PrunedAt { get; init; }

    public string FullPath => Path.Combine(Destination, FileName);
}
