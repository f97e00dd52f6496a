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
/// reported confirmed before the snapshot is there, confirmed and whole.
/// </summary>
public sealed class BackupWhileConfirmingTests : IDisposable
{
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
        try
        {
            var started = await Task.WhenAny(firstTen.Task, Task.Delay(Wait)) == firstTen.Task;
            Assert.True(started, "the child confirmed nothing: " + (child.HasExited ? await child.StandardError.ReadToEndAsync() : "(running)"));
            lock (confirmed)
            {
                beforeSnapshot = [.. confirmed];
            }

            backup = await new BackupService(live, TimeProvider.System, BackupTestClinic.FastOptions)
                .RunAsync(usb, BackupTestClinic.Passphrase, null, CancellationToken.None);
            Assert.False(child.HasExited, "the child must still be confirming when the backup ends");
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
        Assert.True(confirmed.Count > beforeSnapshot.Length, "the child kept confirming during the backup");
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
