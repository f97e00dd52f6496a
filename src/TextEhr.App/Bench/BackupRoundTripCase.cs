using System.Diagnostics;
using TextEhr.App.Backup;
using TextEhr.App.Hosting;
using TextEhr.Storage.Backup;

namespace TextEhr.App.Bench;

/// <summary>
/// The backup figures: the bench clinic backed up to a folder (online copy, integrity_check,
/// content hash, encryption, read-back verification) and restored into an empty folder, every table
/// compared; against <c>cp</c> of the database file plus <c>sha256sum</c> of the copy in the same run.
/// </summary>
public sealed class BackupRoundTripCase : IBenchCase
{
    private const string Passphrase = "bench のパスフレーズ 2025";
    private const double MiB = 1024 * 1024;

    public string Name => "バックアップと復元 (backup)";

    public void Run(BenchContext context, BenchReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        var scratch = Path.Combine(Path.GetTempPath(), "textehr-bench-backup-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(scratch);
        try
        {
            Measure(context, report, scratch);
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static void Measure(BenchContext context, BenchReport report, string scratch)
    {
        var folder = DataFolder.Create(Path.GetDirectoryName(Path.GetFullPath(context.DatabasePath))!);
        var megabytes = new FileInfo(context.DatabasePath).Length / MiB;

        // The clinic is idle here: its content now is what the snapshot will hold.
        var sourceStarted = Stopwatch.GetTimestamp();
        var source = DatabaseFile.ReadContent(context.DatabasePath);
        var hashSeconds = Stopwatch.GetElapsedTime(sourceStarted).TotalSeconds;

        var usb = Directory.CreateDirectory(Path.Combine(scratch, "usb")).FullName;
        var stages = new StageClock();
        var started = Stopwatch.GetTimestamp();
        var backup = new BackupService(folder, context.Time, new BackupOptions { Generations = 1 })
            .RunAsync(usb, Passphrase, stages, CancellationToken.None).GetAwaiter().GetResult();
        var backupSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        context.Progress(backup.ResultLine);

        var restoredFolder = DataFolder.Create(Path.Combine(scratch, "restored"));
        started = Stopwatch.GetTimestamp();
        var restored = new BackupService(restoredFolder, context.Time)
            .RestoreAsync(backup.FilePath, Passphrase, null, CancellationToken.None).GetAwaiter().GetResult();
        var restoreSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        context.Progress(restored.ResultLine);

        var comparison = RestoreComparison.Compare(source, DatabaseFile.ReadContent(restoredFolder.DatabasePath));
        var baseline = CopyAndHash(context.DatabasePath, Path.Combine(scratch, "cp-baseline.db"));

        report.AddFact("backup.db_size", "バックアップ: DB ファイル", megabytes, "MiB");
        report.AddFact("backup.file_size", "バックアップ: 暗号化ファイル", backup.SizeBytes / MiB, "MiB");
        report.AddFact("backup.seconds", "バックアップ: 全体 (写し・点検・暗号化・読み戻し検証)", backupSeconds, "s");
        report.AddFact("backup.mib_per_s", "バックアップ: DB の MiB/s", megabytes / backupSeconds, "MiB/s");
        foreach (var (stage, stageSeconds) in stages.Seconds())
        {
            report.AddFact("backup.stage." + stage.ToString().ToLowerInvariant(), "バックアップ: " + stage, stageSeconds, "s");
        }

        report.AddFact("backup.content_hash.seconds", "内容ハッシュ (全表、比較用)", hashSeconds, "s");
        report.AddFact("backup.snapshot_matches", "スナップショットの内容ハッシュ = 元の DB", source.Sha256.SequenceEqual(backup.Record.ContentSha256) ? 1 : 0, "(1 = 一致)");
        report.AddFact("restore.seconds", "復元: 全体 (復号・検証・入れ替え・開く)", restoreSeconds, "s");
        report.AddFact("restore.mib_per_s", "復元: DB の MiB/s", megabytes / restoreSeconds, "MiB/s");
        comparison.AddTo(report);
        if (baseline is { } seconds)
        {
            report.AddFact("backup.baseline.cp_sha256", "比較基準: cp + sha256sum", seconds, "s");
            report.AddFact("backup.ratio", "バックアップ ÷ (cp + sha256sum)", backupSeconds / seconds, "倍");
        }
        else
        {
            report.AddNote("cp または sha256sum が見つからないため、バックアップの比較基準を省略した。");
        }
    }

    /// <summary>Seconds for <c>cp SRC DEST &amp;&amp; sha256sum DEST</c>, or null where the tools are missing.</summary>
    private static double? CopyAndHash(string source, string destination)
    {
        if (OperatingSystem.IsWindows() || !File.Exists("/bin/cp") || !File.Exists("/usr/bin/sha256sum"))
        {
            return null;
        }

        var started = Stopwatch.GetTimestamp();
        if (Run("/bin/cp", source, destination) != 0 || Run("/usr/bin/sha256sum", destination) != 0)
        {
            return null;
        }

        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        File.Delete(destination);
        return seconds;
    }

    private static int Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException(program + " did not start.");
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary>When each stage started, to report how long each took.</summary>
    private sealed class StageClock : IProgress<BackupProgress>
    {
        private readonly List<(BackupStage Stage, long At)> _starts = [];

        public void Report(BackupProgress value)
        {
            lock (_starts)
            {
                if (_starts.Count == 0 || _starts[^1].Stage != value.Stage)
                {
                    _starts.Add((value.Stage, Stopwatch.GetTimestamp()));
                }
            }
        }

        public IEnumerable<(BackupStage Stage, double Seconds)> Seconds()
        {
            for (var i = 0; i + 1 < _starts.Count; i++)
            {
                yield return (_starts[i].Stage, Stopwatch.GetElapsedTime(_starts[i].At, _starts[i + 1].At).TotalSeconds);
            }
        }
    }
}
