using TextEhr.App.Hosting;
using TextEhr.Domain.Backup;
using TextEhr.Storage;

namespace TextEhr.App.Backup;

/// <summary>
/// Encrypted, verified backups of one data folder, and restore from them: what <c>textehr backup</c>,
/// <c>textehr restore</c> and the backup screen call. Each call opens its own connection to the
/// database (so a backup can run off the UI thread while the chart stays open) and reports progress
/// in Japanese; a failure is a <see cref="BackupFailedException"/> whose message is the line to show.
/// </summary>
public sealed class BackupService
{
    private readonly DataFolder _folder;
    private readonly TimeProvider _time;
    private readonly BackupOptions _options;

    public BackupService(DataFolder folder, TimeProvider time, BackupOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(time);
        _folder = folder;
        _time = time;
        _options = options ?? BackupOptions.Default;
    }

    /// <summary>
    /// Backs the clinic up into <c>TextEhr-backup</c> under <paramref name="destinationFolder"/> (a USB
    /// stick's root, a folder), verifies the file, records it, and prunes older generations.
    /// </summary>
    /// <exception cref="BackupFailedException">Destination full, gone or read-only; the copy failed its check.</exception>
    public Task<BackupResult> RunAsync(string destinationFolder, string passphrase, IProgress<BackupProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(destinationFolder);
        ArgumentNullException.ThrowIfNull(passphrase);
        return Task.Run(() => new BackupWriter(_folder, _time, _options, progress).Run(destinationFolder, passphrase, cancellationToken), cancellationToken);
    }

    /// <summary>Reads a backup file to its end with <paramref name="passphrase"/>; writes nothing.</summary>
    /// <exception cref="BackupFailedException">Wrong passphrase, damaged or cut-short file, not a backup.</exception>
#pragma warning disable CA1822 // Mark members as static: an instance method beside its siblings, for the screen's one service object.
    public Task<BackupVerification> VerifyAsync(string file, string passphrase, IProgress<BackupProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        ArgumentNullException.ThrowIfNull(passphrase);
        return Task.Run(
            () =>
            {
                var (manifest, _) = BackupFileReader.Read(Path.GetFullPath(file), passphrase, null, progress, cancellationToken);
                progress?.Report(new BackupProgress(BackupStage.Done, BackupMessages.StageDone, 1));
                return new BackupVerification(
                    Path.GetFullPath(file), manifest.CreatedAt, manifest.ClinicCode, manifest.ClinicName, manifest.SchemaVersion,
                    manifest.Patients, manifest.ChartEntries, manifest.ContentSha256);
            },
            cancellationToken);
    }
#pragma warning restore CA1822

    /// <summary>The backup files in <paramref name="folder"/> (or its <c>TextEhr-backup</c>), newest first.</summary>
    public IReadOnlyList<BackupGeneration> List(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        return BackupGenerations.List(BackupGenerations.FolderFor(folder), Records());
    }

    /// <summary>
    /// Replaces the data folder's database (and clinic.json, settings.json) with the backup's, after the
    /// whole file has been checked; the current files are kept under dated names.
    /// </summary>
    /// <exception cref="BackupFailedException">The chart is open, a wrong passphrase, a damaged file.</exception>
    public Task<RestoreResult> RestoreAsync(string file, string passphrase, IProgress<BackupProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        ArgumentNullException.ThrowIfNull(passphrase);
        return Task.Run(
            () => new BackupRestorer(_folder, _time, _options, progress).Run(Path.GetFullPath(file), passphrase, cancellationToken),
            cancellationToken);
    }

    /// <summary>The newest backup recorded for this clinic, or null when none was taken (or there is no database yet).</summary>
    public BackupRecord? LastBackup()
    {
        if (!File.Exists(_folder.DatabasePath))
        {
            return null;
        }

        using var database = ClinicDatabase.Open(_folder.DatabasePath, _time);
        return database.BackupRecords.Latest();
    }

    private IReadOnlyList<BackupRecord> Records()
    {
        if (!File.Exists(_folder.DatabasePath))
        {
            return [];
        }

        using var database = ClinicDatabase.Open(_folder.DatabasePath, _time);
        return database.BackupRecords.All();
    }
}
