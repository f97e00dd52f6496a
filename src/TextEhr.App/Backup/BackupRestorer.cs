using System.Globalization;
using TextEhr.App.Hosting;
using TextEhr.Domain.Audit;
using TextEhr.Storage;
using TextEhr.Storage.Backup;

namespace TextEhr.App.Backup;

/// <summary>
/// Restore: the whole file is decrypted and checked into a work folder first; only then is the current
/// database (with its -wal) and clinic.json set aside under dated names that are never reused, the
/// restored files moved in, and the database opened and migrated. A failure before the swap leaves the
/// folder as it was; a failure after it puts the set-aside files back.
/// </summary>
internal sealed class BackupRestorer(DataFolder folder, TimeProvider time, BackupOptions options, IProgress<BackupProgress>? progress)
{
    private const string WorkFolderPrefix = "restore-work-";

    public RestoreResult Run(string file, string passphrase, CancellationToken cancellationToken)
    {
        RefuseWhileInUse();

        // A restore killed midway left its decrypted files: remove them before making new ones.
        foreach (var stale in Directory.EnumerateDirectories(folder.Root, WorkFolderPrefix + "*"))
        {
            BackupErrors.TryDeleteFolder(stale);
        }

        var work = Path.Combine(folder.Root, WorkFolderPrefix + Guid.NewGuid().ToString("N")[..12]);
        WorkFolder.Create(work);
        try
        {
            var (manifest, _) = BackupFileReader.Read(file, passphrase, work, progress, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();

            Report(BackupStage.Restoring, BackupMessages.StageRestoring);
            RefuseWhileInUse();
            var moves = new List<(string From, string To)>();
            try
            {
                var aside = SetAside(moves, manifest);
                foreach (var name in BackupPayload.FileNames)
                {
                    var staged = Path.Combine(work, name);
                    if (File.Exists(staged))
                    {
                        Move(moves, staged, Path.Combine(folder.Root, name));
                    }
                }

                Report(BackupStage.Opening, BackupMessages.StageOpening);
                int schema;
                using (var database = ClinicDatabase.Open(folder.DatabasePath, time))
                {
                    schema = database.SchemaVersion;
                    var userId = options.UserId ?? options.RestoringUser?.Invoke(database);
                    database.Audit.Append(new AuditEntry
                    {
                        Action = AuditAction.Restore,
                        Entity = "backup",
                        UserId = userId,
                        Detail = string.Create(
                            CultureInfo.InvariantCulture,
                            $"{Path.GetFileName(file)} created {manifest.CreatedAt.ToUniversalTime():O} content sha256 {manifest.ContentSha256}"),
                    });
                }

                folder.RestrictDatabaseFiles();
                Report(BackupStage.Done, BackupMessages.StageDone, 1);
                return new RestoreResult(manifest.ClinicName, manifest.Patients, manifest.ChartEntries, manifest.CreatedAt, schema, aside);
            }
            catch
            {
                Undo(moves, work);
                throw;
            }
        }
        finally
        {
            BackupErrors.TryDeleteFolder(work);
        }
    }

    private void RefuseWhileInUse()
    {
        if (DatabaseFile.IsInUse(folder.DatabasePath))
        {
            throw new BackupFailedException(BackupFailure.DatabaseInUse, BackupMessages.DatabaseInUse);
        }
    }

    /// <summary>Moves the current files out of the way; returns the database's new name, or null when there was none.</summary>
    private string? SetAside(List<(string From, string To)> moves, BackupManifest manifest)
    {
        var stamp = ClinicTime.Now(time).ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        string? asideDatabase = null;
        var database = folder.DatabasePath;
        if (File.Exists(database))
        {
            asideDatabase = FreePath("textehr-before-restore-" + stamp, ".db");
            Move(moves, database, asideDatabase);

            // The -wal holds committed work not yet in the main file: it travels with it, under the name SQLite looks for.
            foreach (var suffix in new[] { "-wal", "-journal" })
            {
                if (File.Exists(database + suffix))
                {
                    Move(moves, database + suffix, asideDatabase + suffix);
                }
            }
        }

        BackupErrors.TryDelete(database + "-shm");
        foreach (var (name, path) in new[] { (BackupPayload.ClinicName, folder.ClinicFile), (BackupPayload.SettingsName, folder.SettingsFile) })
        {
            // A file the backup does not carry (settings never saved then) stays as it is.
            if (File.Exists(path) && manifest.Files.Any(f => string.Equals(f.Name, name, StringComparison.Ordinal)))
            {
                Move(moves, path, FreePath(Path.GetFileNameWithoutExtension(name) + "-before-restore-" + stamp, ".json"));
            }
        }

        return asideDatabase;
    }

    private string FreePath(string stem, string extension)
    {
        for (var n = 1; ; n++)
        {
            var name = n == 1 ? stem + extension : string.Create(CultureInfo.InvariantCulture, $"{stem}-{n}{extension}");
            var path = Path.Combine(folder.Root, name);
            if (!File.Exists(path) && !File.Exists(path + "-wal"))
            {
                return path;
            }
        }
    }

    private static void Move(List<(string From, string To)> moves, string from, string to)
    {
        File.Move(from, to, overwrite: false);
        moves.Add((from, to));
    }

    /// <summary>Removes what was moved in from <paramref name="work"/> and puts the set-aside files back, newest move first.</summary>
    private static void Undo(List<(string From, string To)> moves, string work)
    {
        for (var i = moves.Count - 1; i >= 0; i--)
        {
            var (from, to) = moves[i];
            if (from.StartsWith(work, StringComparison.Ordinal))
            {
                BackupErrors.TryDelete(to);
                BackupErrors.TryDelete(to + "-wal");
                BackupErrors.TryDelete(to + "-shm");
                continue;
            }

            try
            {
                File.Move(to, from, overwrite: false);
            }
            catch (IOException)
            {
                // Keep undoing the rest: a file left under its dated name is still there to recover.
            }
        }
    }

    private void Report(BackupStage stage, string caption, double? fraction = null) =>
        progress?.Report(new BackupProgress(stage, caption, fraction));
}
