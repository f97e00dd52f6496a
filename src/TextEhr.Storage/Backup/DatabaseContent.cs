namespace TextEhr.Storage.Backup;

/// <summary>
/// The logical content of a database file: every table (FTS shadow tables and SQLite's own included)
/// with its row count and hash, and one hash over them all. Two files with the same content hash hold
/// the same rows, whatever their page layout or header fields.
/// </summary>
public sealed record DatabaseContent(IReadOnlyList<byte> Sha256, IReadOnlyList<TableContent> Tables)
{
    public string Sha256Hex => Convert.ToHexStringLower([.. Sha256]);
}
