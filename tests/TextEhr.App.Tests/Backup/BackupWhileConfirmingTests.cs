using System.Diagnostics;
using System.Globalization;
using System.Text;
using TextEhr.App.Backup;
using TextEhr.App.Bench;
using TextEhr.App.Hosting;
using TextEhr.Storage;

namespace TextEhr.App.Tests.Backup;

/// <summary>
/// A backup taken while another process keeps confirming notes (<c>textehr bench confirm-loop</c>)
/// restores to a consistent database: integrity and the audit chain intact, and every note the child
/// reported confirmed before the snapshot is there, confirmed and whole. The backup waits at its first stage
/// until the child has confirmed more notes, so confirms provably happen during the backup (after it began,
/// before its snapshot) and the restored database must hold them.
/// </summary>
public sealed class BackupWhileConfirmingTests : IDisposable
{
    private const int MoreDuringBackup = 5;

    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "textehr-backup-busy-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task A_backup_taken_while_another_process_confirms_notes_restores_consistent()
    {
        var live = DataFolder.Create(Path.Combine(_root, "live"));
        var usb = Directory.CreateDirectory(Path.Combine(_root, "usb")).FullName;
        var confirmed = new List<long>();
        using var child = Process.Start(ChildStart(live.Root)) ?? throw new InvalidOperationException("the child did not start");
        var firstTen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var reader = Task.Run(() => Collect(child.StandardOutput, confirmed, firstTen));
        BackupResult backup;
        long[] beforeSnapshot;
        long[] confirmedDuring;
        DateTimeOffset heldAt;
        try
        {
            var started = await Task.WhenAny(firstTen.Task, Task.Delay(Wait)) == firstTen.Task;
            Assert.True(started, "the child confirmed nothing: " + (child.HasExited ? await child.StandardError.ReadToEndAsync() : "(running)"));
            lock (confirmed)
            {
                beforeSnapshot = [.. confirmed];
            }

            var duringBackup = new HoldUntilMoreConfirmed(confirmed, MoreDuringBackup, Wait);
            backup = await new BackupService(live, TimeProvider.System, BackupTestClinic.FastOptions)
                .RunAsync(usb, BackupTestClinic.Passphrase, duringBackup, CancellationToken.None);
            Assert.False(child.HasExited, "the child must still be confirming when the backup ends");
            Assert.True(duringBackup.Reached, "the child confirmed nothing more after the backup began");
            confirmedDuring = [.. duringBackup.Seen];
            heldAt = duringBackup.HeldAt;
        }
        finally
        {
            if (!child.HasExited)
            {
                child.Kill();
            }

            await child.WaitForExitAsync();
        }

        await reader;
        var restoredFolder = DataFolder.Create(Path.Combine(_root, "restored"));
        var restored = await new BackupService(restoredFolder, TimeProvider.System, BackupTestClinic.FastOptions)
            .RestoreAsync(backup.FilePath, BackupTestClinic.Passphrase, null, CancellationToken.None);

        using var db = ClinicDatabase.Open(restoredFolder.DatabasePath, TimeProvider.System);
        var integrity = db.CheckIntegrity();
        Assert.True(integrity.IsOk, string.Join("; ", integrity.Problems));
        var missing = beforeSnapshot.Where(id => db.Charts.GetVersion(id) is not { IsConfirmed: true }).ToList();
        Assert.Empty(missing);
        Assert.True(restored.ChartEntries >= beforeSnapshot.Length, $"{restored.ChartEntries} entries, {beforeSnapshot.Length} confirmed before");
        // Confirmed after the backup began and before its snapshot: in the restored database, confirmed.
        Assert.True(confirmedDuring.Length >= MoreDuringBackup, $"{confirmedDuring.Length} confirmed during the backup");
        Assert.All(confirmedDuring, id => Assert.True(db.Charts.GetVersion(id) is { IsConfirmed: true }, $"note {id}, confirmed during the backup, is missing"));

        // And by the child's own clock (same machine, stored to the millisecond): stamped after the backup began.
        Assert.Contains(confirmedDuring, id => db.Charts.GetVersion(id)!.ConfirmedAt > heldAt);
    }

    /// <summary>
    /// Progress that holds the backup at its first report (just before the snapshot) until the child has reported
    /// <paramref name="more"/> further confirms: those were committed after the backup began.
    /// </summary>
    private sealed class HoldUntilMoreConfirmed(List<long> confirmed, int more, TimeSpan wait) : IProgress<BackupProgress>
    {
        private bool _held;

        public bool Reached { get; private set; }

        /// <summary>When the backup reached its snapshot and was held there.</summary>
        public DateTimeOffset HeldAt { get; private set; }

        public IReadOnlyList<long> Seen { get; private set; } = [];

        public void Report(BackupProgress value)
        {
            if (_held || value.Stage != BackupStage.Copying)
            {
                return;
            }

            _held = true;
            HeldAt = TimeProvider.System.GetUtcNow();
            int start;
            lock (confirmed)
            {
                start = confirmed.Count;
            }

            var deadline = Stopwatch.GetTimestamp() + (long)(wait.TotalSeconds * Stopwatch.Frequency);
            while (Stopwatch.GetTimestamp() < deadline)
            {
                lock (confirmed)
                {
                    if (confirmed.Count >= start + more)
                    {
                        Reached = true;
                        Seen = confirmed[start..];
                        return;
                    }
                }

                Thread.Sleep(5);
            }
        }
    }

    private static void Collect(StreamReader output, List<long> confirmed, TaskCompletionSource firstTen)
    {
        while (output.ReadLine() is { } line)
        {
            if (!line.StartsWith(ConfirmLoop.ConfirmedPrefix, StringComparison.Ordinal)
                || !long.TryParse(line.AsSpan(ConfirmLoop.ConfirmedPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                continue;
            }

            lock (confirmed)
            {
                confirmed.Add(id);
                if (confirmed.Count >= 10)
                {
                    firstTen.TrySetResult();
                }
            }
        }
    }

    private static ProcessStartInfo ChildStart(string folder)
    {
        var host = Environment.ProcessPath is { } current
            && string.Equals(Path.GetFileNameWithoutExtension(current), "dotnet", StringComparison.Ordinal)
            ? current
            : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var start = new ProcessStartInfo(host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "textehr.dll"), "bench", "confirm-loop", "--data", folder })
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }
}
