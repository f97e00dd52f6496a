using TextEhr.Domain.Backup;

namespace TextEhr.App.Backup;

/// <summary>The backup files of a destination folder, and pruning them to the last N of one clinic.</summary>
internal static class BackupGenerations
{
    /// <summary>The <c>TextEhr-backup</c> folder under <paramref name="destination"/> (or the folder itself when it is one).</summary>
    public static string FolderFor(string destination)
    {
        var full = Path.GetFullPath(destination);
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(full));
        return string.Equals(name, BackupFormat.FolderName, StringComparison.OrdinalIgnoreCase) ? full : Path.Combine(full, BackupFormat.FolderName);
    }

    /// <summary>Our files in the folder, newest first; <paramref name="records"/> decides which count as verified.</summary>
    public static IReadOnlyList<BackupGeneration> List(string backupFolder, IReadOnlyList<BackupRecord> records)
    {
        if (!Directory.Exists(backupFolder))
        {
            return [];
        }

        var generations = new List<BackupGeneration>();
        foreach (var path in Directory.EnumerateFiles(backupFolder, "*" + BackupFormat.FileExtension))
        {
            var name = Path.GetFileName(path);
            if (BackupFileName.Parse(name) is not { } parsed)
            {
                continue;
            }

            var size = new FileInfo(path).Length;
            var verified = records.Any(r => string.Equals(r.FileName, name, StringComparison.Ordinal) && r.SizeBytes == size && r.PrunedAt is null);
            generations.Add(new BackupGeneration(path, name, parsed.ClinicCode, parsed.CreatedAt, size, verified));
        }

        return [.. generations.OrderByDescending(g => g.CreatedAt).ThenByDescending(g => g.FileName, StringComparer.Ordinal)];
    }

    /// <summary>Deletes this clinic's files beyond the newest <paramref name="keep"/>, oldest first; returns the names removed.</summary>
    public static IReadOnlyList<string> Prune(string backupFolder, string clinicCode, int keep)
    {
        var ours = List(backupFolder, [])
            .Where(g => string.Equals(g.ClinicCode, clinicCode, StringComparison.Ordinal))
            .ToList();
        var removed = new List<string>();
        foreach (var old in ours.Skip(Math.Max(1, keep)).Reverse())
        {
            BackupErrors.TryDelete(old.FullPath);
            if (!File.Exists(old.FullPath))
            {
                removed.Add(old.FileName);
            }
        }

        return removed;
    }
}
