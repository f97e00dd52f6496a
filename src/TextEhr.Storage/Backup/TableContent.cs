namespace TextEhr.Storage.Backup;

/// <summary>One table's row count and the SHA-256 of its rows (in rowid order, every value type-tagged).</summary>
public sealed record TableContent(string Name, long Rows, string Sha256);
