using System.Diagnostics;
using System.Security.Cryptography;
using TextEhr.App.Hosting;
using TextEhr.Domain.Backup;
using TextEhr.Storage;
using TextEhr.Storage.Backup;

namespace TextEhr.App.Backup;

/// <summary>
/// One backup, start to end: online copy into the data folder → integrity_check and content hash →
/// encrypt to a temporary name in the destination, flushed → rename → read back and compare →
/// record and audit → prune old generations. Any failure leaves no file under the final name and the
/// earlier generations as they were.
/// </summary>
internal sealed class BackupWriter(DataFolder folder, TimeProvider time, BackupOptions options, IProgress<BackupProgress>? progress)
{
    private const string WorkFolderName = "backup-work";

    public BackupResult Run(string destination, string passphrase, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        if (!File.Exists(folder.DatabasePath))
        {
            throw new BackupFailedException(BackupFailure.SnapshotBroken, BackupMessages.NoDatabase);
        }

        var started = time.GetUtcNow();
        var profile = ClinicProfileFile.Load(folder);
        var settings = ClinicSettingsFile.Load(folder);
        var target = BackupGenerations.FolderFor(destination);
        CreateTarget(target);
        var work = Path.Combine(folder.Root, WorkFolderName);
        WorkFolder.Create(work);
        try
        {
            using var database = ClinicDatabase.Open(folder.DatabasePath, time);
            var copy = Path.Combine(work, BackupPayload.DatabaseName);
            Report(BackupStage.Copying, BackupMessages.StageCopying);
            database.CopyTo(copy);
            DataFolder.RestrictFile(copy);
            cancellationToken.ThrowIfCancellationRequested();

            Report(BackupStage.Checking, BackupMessages.StageChecking);
            var facts = DatabaseFile.Inspect(copy, checkIntegrity: true);
            if (!facts.IsIntact)
            {
                throw new BackupFailedException(BackupFailure.SnapshotBroken, BackupMessages.SnapshotBroken(facts.IntegrityProblems[0]));
            }

            var manifest = new BackupManifest
            {
                CreatedAt = started,
                ClinicCode = profile?.InstitutionCode ?? "0000000",
                ClinicName = profile?.Name ?? string.Empty,
                SchemaVersion = facts.SchemaVersion,
                Patients = facts.Patients,
                ChartEntries = facts.ChartEntries,
                ContentSha256 = facts.Content.Sha256Hex,
                AuditHead = facts.AuditHead is { } head ? Convert.ToHexStringLower([.. head]) : null,
            };
            var finalPath = FreeName(target, manifest.ClinicCode, started);
            var (written, fileHash, size) = WriteContainer(target, finalPath, Sources(copy), manifest, passphrase, cancellationToken);
            VerifyWritten(target, finalPath, passphrase, written, fileHash, cancellationToken);

            Report(BackupStage.Recording, BackupMessages.StageRecording);
            var record = database.BackupRecords.Add(new BackupRecord
            {
                StartedAt = started,
                FinishedAt = time.GetUtcNow(),
                UserId = options.UserId,
                Destination = target,
                FileName = Path.GetFileName(finalPath),
                SizeBytes = size,
                FileSha256 = fileHash,
                ContentSha256 = [.. facts.Content.Sha256],
                AuditHead = facts.AuditHead,
                SchemaVersion = facts.SchemaVersion,
            });

            Report(BackupStage.Pruning, BackupMessages.StagePruning);
            var pruned = BackupGenerations.Prune(target, manifest.ClinicCode, options.Generations ?? settings.BackupGenerations);
            MarkPruned(database, target, pruned);
            Report(BackupStage.Done, BackupMessages.StageDone, 1);
            return new BackupResult(finalPath, size, record, pruned, stopwatch.Elapsed);
        }
        finally
        {
            BackupErrors.TryDeleteFolder(work);
        }
    }

    private static void CreateTarget(string target)
    {
        // An unmounted stick leaves its mount point behind (or nothing): never create the drive's folder ourselves.
        var destination = Path.GetDirectoryName(target) ?? target;
        if (!Directory.Exists(destination))
        {
            throw new BackupFailedException(BackupFailure.DestinationGone, BackupMessages.DestinationMissing(destination));
        }

        try
        {
            Directory.CreateDirectory(target);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw BackupErrors.ForDestination(ex, Path.GetDirectoryName(target) ?? target);
        }
    }

    /// <summary>The name for now; a second backup within the same second takes the next free second.</summary>
    private static string FreeName(string target, string clinicCode, DateTimeOffset now)
    {
        for (var stamp = now; ; stamp = stamp.AddSeconds(1))
        {
            var path = Path.Combine(target, BackupFileName.For(clinicCode, stamp));
            if (!File.Exists(path))
            {
                return path;
            }
        }
    }

    private void MarkPruned(ClinicDatabase database, string target, IReadOnlyList<string> pruned)
    {
        if (pruned.Count == 0)
        {
            return;
        }

        var now = time.GetUtcNow();
        foreach (var record in database.BackupRecords.All())
        {
            if (record.PrunedAt is null && string.Equals(record.Destination, target, StringComparison.Ordinal) && pruned.Contains(record.FileName, StringComparer.Ordinal))
            {
                database.BackupRecords.MarkPruned(record.Id, now);
            }
        }
    }

    private List<(string Name, string Path)> Sources(string databaseCopy)
    {
        var sources = new List<(string Name, string Path)>();
        if (File.Exists(folder.ClinicFile))
        {
            sources.Add((BackupPayload.ClinicName, folder.ClinicFile));
        }

        if (File.Exists(folder.SettingsFile))
        {
            sources.Add((BackupPayload.SettingsName, folder.SettingsFile));
        }

        sources.Add((BackupPayload.DatabaseName, databaseCopy));
        return sources;
    }

    private (BackupManifest Written, byte[] FileHash, long Size) WriteContainer(
        string target, string finalPath, List<(string Name, string Path)> sources, BackupManifest manifest, string passphrase, CancellationToken cancellationToken)
    {
        var partial = Path.Combine(target, BackupFileName.Partial(Path.GetFileName(finalPath)));
        var total = Math.Max(1, sources.Sum(s => new FileInfo(s.Path).Length));
        var (header, key) = ContainerHeader.Create(passphrase, options.Iterations, options.ChunkSize);
        try
        {
            BackupManifest written;
            byte[] fileHash;
            long size;
            Report(BackupStage.Writing, BackupMessages.StageWriting, 0);
            using (var file = new FileStream(partial, PartialFileOptions()))
            {
                var output = options.WrapDestination?.Invoke(file) ?? file;
                using var wrapper = ReferenceEquals(output, file) ? null : output;
                using var encrypting = new EncryptingStream(output, header, key);
                written = BackupPayload.Write(
                    encrypting,
                    sources,
                    manifest,
                    bytes => Report(BackupStage.Writing, BackupMessages.StageWriting, (double)bytes / total),
                    cancellationToken);
                fileHash = encrypting.Complete();
                size = encrypting.BytesWritten;
                file.Flush(flushToDisk: true);
            }

            File.Move(partial, finalPath, overwrite: false);
            return (written, fileHash, size);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            BackupErrors.TryDelete(partial);
            throw BackupErrors.ForDestination(ex, target);
        }
        catch
        {
            BackupErrors.TryDelete(partial);
            throw;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    private static FileStreamOptions PartialFileOptions()
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, BufferSize = 1024 * 1024 };
        if (!OperatingSystem.IsWindows())
        {
            // Encrypted, but no one else on a shared disk needs to read it either.
            options.UnixCreateMode = DataFolder.FileMode;
        }

        return options;
    }

    /// <summary>Reads the new file back as a restore would; a file that does not read back is removed.</summary>
    private void VerifyWritten(string target, string finalPath, string passphrase, BackupManifest written, byte[] fileHash, CancellationToken cancellationToken)
    {
        Report(BackupStage.Verifying, BackupMessages.StageVerifying, 0);
        try
        {
            var (read, readHash) = BackupFileReader.Read(finalPath, passphrase, null, progress, cancellationToken);
            if (!readHash.AsSpan().SequenceEqual(fileHash) || !string.Equals(read.ContentSha256, written.ContentSha256, StringComparison.Ordinal)
                || !read.Files.SequenceEqual(written.Files))
            {
                throw new BackupFailedException(BackupFailure.WriteFailed, BackupMessages.VerifyFailed);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or BackupFailedException)
        {
            BackupErrors.TryDelete(finalPath);
            throw ex is BackupFailedException { Failure: BackupFailure.Damaged }
                ? new BackupFailedException(BackupFailure.WriteFailed, BackupMessages.VerifyFailed, ex)
                : BackupErrors.ForDestination(ex, target);
        }
        catch
        {
            BackupErrors.TryDelete(finalPath);
            throw;
        }
    }

    private void Report(BackupStage stage, string caption, double? fraction = null) =>
        progress?.Report(new BackupProgress(stage, caption, fraction));
}
