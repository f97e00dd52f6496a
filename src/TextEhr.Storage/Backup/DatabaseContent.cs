namespace TextEhr.Storage.Backup;

/// <summary>
/// The logical content of a database file: every ordinary table (sqlite_schema included) with its row
/// count and hash, and one hash over them all. Two files with the same content hash hold the same rows,
/// whatever their page layout or header fields. FTS5's shadow tables are left out: they are derived
/// from the notes and patients, and <c>integrity_check</c> and the search-index check cover them.
/// </summary>
public sealed record DatabaseContent(IReadOnlyList<byte> Sha256, IReadOnlyList<TableContent> Tables)
{
    public string Sha256Hex => Convert.ToHexStringLower([.. Sha256]);
}
