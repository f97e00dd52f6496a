namespace TextEhr.App.Backup;

/// <summary>
/// Reads a backup file to its end: header, key check, every chunk's tag, every file's hash against the
/// manifest, nothing after the final chunk. Extracts into a folder when asked (the caller discards it
/// unless this returns).
/// </summary>
internal static class BackupFileReader
{
    public static (BackupManifest Manifest, byte[] FileSha256) Read(
        string path, string passphrase, string? extractFolder, IProgress<BackupProgress>? progress, CancellationToken cancellationToken)
    {
        FileStream input;
        try
        {
            input = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1024 * 1024, FileOptions.SequentialScan);
        }
        catch (FileNotFoundException ex)
        {
            throw new BackupFailedException(BackupFailure.NotABackup, BackupMessages.FileMissing(path), ex);
        }
        catch (DirectoryNotFoundException ex)
        {
            throw new BackupFailedException(BackupFailure.NotABackup, BackupMessages.FileMissing(path), ex);
        }

        using (input)
        {
            var length = Math.Max(1, input.Length);
            var header = ContainerHeader.Read(input);
            var key = header.Unlock(passphrase);
            using var plain = new DecryptingStream(input, header, key);
            var manifest = BackupPayload.Read(
                plain,
                extractFolder,
                _ => progress?.Report(new BackupProgress(BackupStage.Verifying, BackupMessages.StageVerifying, (double)input.Position / length)),
                cancellationToken);
            var hash = plain.Finish();
            return (manifest, hash);
        }
    }
}
