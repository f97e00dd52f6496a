namespace TextEhr.App.Backup;

/// <summary>One file carried in a backup: its name in the data folder, its size and SHA-256 (hex).</summary>
internal sealed record BackupManifestFile(string Name, long Size, string Sha256);
