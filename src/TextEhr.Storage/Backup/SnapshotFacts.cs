namespace TextEhr.Storage.Backup;

/// <summary>
/// What a database file (a backup's copy, or a restored file) holds: its schema version, what
/// <c>PRAGMA integrity_check</c> said (empty when it was not run or found nothing), its content hash,
/// the audit chain's head, and the counts a restore reports.
/// </summary>
public sealed record SnapshotFacts
{
    public required int SchemaVersion { get; init; }

    /// <summary>SQLite's own words for each problem found; empty means ok.</summary>
    public required IReadOnlyList<string> IntegrityProblems { get; init; }

    public required DatabaseContent Content { get; init; }

    /// <summary>The newest audit row's hash; null when the log is empty.</summary>
    public IReadOnlyList<byte>? AuditHead { get; init; }

    public required long Patients { get; init; }

    /// <summary>Chart entries (visits), drafts and confirmed, versions counted once.</summary>
    public required long ChartEntries { get; init; }

    public bool IsIntact => IntegrityProblems.Count == 0;
}
