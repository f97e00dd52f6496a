using TextEhr.App.Backup;
using TextEhr.Storage;
using TextEhr.Storage.Backup;

namespace TextEhr.App.Tests.Backup;

public sealed class BackupRoundTripTests : IDisposable
{
    private readonly BackupTestClinic _clinic = new();

    public void Dispose() => _clinic.Dispose();

    [Fact]
    public async Task A_demo_clinic_restored_into_an_empty_folder_has_every_table_identical()
    {
        _clinic.AddDemoPatients(2_000);
        var source = _clinic.LiveContent();
        var stages = new List<BackupStage>();

        var backup = await _clinic.Service().RunAsync(_clinic.Usb, BackupTestClinic.Passphrase, new ListProgress(stages), CancellationToken.None);
        var empty = _clinic.OtherFolder("restored");
        var restored = await new BackupService(empty, _clinic.Time, BackupTestClinic.FastOptions)
            .RestoreAsync(backup.FilePath, BackupTestClinic.Passphrase, null, CancellationToken.None);

        Assert.Equal(source.Sha256, backup.Record.ContentSha256);
        Assert.Equal(2_000 + 0, restored.Patients);
        Assert.Null(restored.SetAsidePath);
        Assert.Equal(File.ReadAllText(_clinic.Folder.ClinicFile), File.ReadAllText(empty.ClinicFile));
        var copy = DatabaseFile.ReadContent(empty.DatabasePath);
        Assert.Equal(source.Tables.Select(t => t.Name), copy.Tables.Select(t => t.Name), StringComparer.Ordinal);
        foreach (var (before, after) in source.Tables.Zip(copy.Tables))
        {
            if (string.Equals(before.Name, "audit_log", StringComparison.Ordinal))
            {
                // The restore is audited in the restored file: one row more, chained onto the backed-up head.
                Assert.Equal(before.Rows + 1, after.Rows);
                continue;
            }

            Assert.Equal(before, after);
        }

        using var db = ClinicDatabase.Open(empty.DatabasePath, _clinic.Time);
        Assert.True(db.CheckIntegrity().IsOk);
        var restoreRow = db.Audit.Recent(1)[0];
        Assert.Equal(Domain.Audit.AuditAction.Restore, restoreRow.Action);
        Assert.Equal(Convert.ToHexStringLower([.. backup.Record.AuditHead!]), restoreRow.PreviousHash);
        Assert.Equal(
            [BackupStage.Copying, BackupStage.Checking, BackupStage.Writing, BackupStage.Verifying, BackupStage.Recording, BackupStage.Pruning, BackupStage.Done],
            stages.Distinct());
        Assert.Matches(@"^バックアップしました: .+TextEhr-1234567-20250615-100000\.ehrbk [0-9.]+ MB、検証済み$", backup.ResultLine);
    }

    [Fact]
    public async Task Restoring_over_a_database_keeps_the_current_one_aside_under_a_dated_name()
    {
        _clinic.Cli.AddPatient();
        var backup = _clinic.Backup();
        _clinic.Cli.AddPatient("--name", "佐藤 花子", "--kana", "サトウ ハナコ", "--sex", "女");
        var before = _clinic.LiveContent();

        var restored = await _clinic.Service().RestoreAsync(backup.FilePath, BackupTestClinic.Passphrase, null, CancellationToken.None);

        Assert.Equal(1, restored.Patients);
        Assert.NotNull(restored.SetAsidePath);
        Assert.Matches(@"textehr-before-restore-20250615-100000\.db$", restored.SetAsidePath);
        Assert.Equal(before.Sha256, DatabaseFile.ReadContent(restored.SetAsidePath).Sha256);
        Assert.Equal(1, DatabaseFile.Inspect(_clinic.Folder.DatabasePath, checkIntegrity: true).Patients);
        Assert.Contains("それまでのデータは", restored.ResultLine, StringComparison.Ordinal);

        // A second restore the same second never overwrites the first set-aside file.
        var again = await _clinic.Service().RestoreAsync(backup.FilePath, BackupTestClinic.Passphrase, null, CancellationToken.None);
        Assert.False(string.Equals(restored.SetAsidePath, again.SetAsidePath, StringComparison.Ordinal));
        Assert.Equal(before.Sha256, DatabaseFile.ReadContent(restored.SetAsidePath).Sha256);
    }

    [Fact]
    public async Task Restore_is_refused_while_the_database_is_open()
    {
        _clinic.Cli.AddPatient();
        var backup = _clinic.Backup();
        var before = _clinic.LiveContent();

        BackupFailedException refused;
        using (ClinicDatabase.Open(_clinic.Folder.DatabasePath, _clinic.Time))
        {
            refused = await Assert.ThrowsAsync<BackupFailedException>(
                () => _clinic.Service().RestoreAsync(backup.FilePath, BackupTestClinic.Passphrase, null, CancellationToken.None));
        }

        Assert.Equal(BackupFailure.DatabaseInUse, refused.Failure);
        Assert.Equal(BackupMessages.DatabaseInUse, refused.Message);
        Assert.Equal(before.Sha256, _clinic.LiveContent().Sha256);
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(_clinic.Folder.Root), p => p.Contains("before-restore", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_the_newest_generations_of_this_clinic_are_kept_and_the_list_tells_which_are_recorded()
    {
        _clinic.Cli.AddPatient();
        Directory.CreateDirectory(_clinic.BackupFolder);
        File.WriteAllText(Path.Combine(_clinic.BackupFolder, "メモ.txt"), "keep me");
        File.WriteAllText(Path.Combine(_clinic.BackupFolder, "TextEhr-7654321-20200101-090000.ehrbk"), "another clinic's");
        var options = BackupTestClinic.FastOptions with { Generations = 3 };
        var results = new List<BackupResult>();
        for (var i = 0; i < 5; i++)
        {
            results.Add(_clinic.Backup(options));
            _clinic.Time.Advance(TimeSpan.FromDays(1));
        }

        var kept = results.Skip(2).Select(r => Path.GetFileName(r.FilePath)).ToList();
        Assert.Equal(
            [.. kept, "TextEhr-7654321-20200101-090000.ehrbk", "メモ.txt"],
            _clinic.FilesOnStick().OrderBy(n => kept.Contains(n, StringComparer.Ordinal) ? 0 : 1).ThenBy(n => n, StringComparer.Ordinal),
            StringComparer.Ordinal);
        Assert.Equal([Path.GetFileName(results[1].FilePath)], results[4].Pruned, StringComparer.Ordinal);
        var list = _clinic.Service().List(_clinic.Usb);
        Assert.Equal([.. kept.AsEnumerable().Reverse(), "TextEhr-7654321-20200101-090000.ehrbk"], list.Select(g => g.FileName), StringComparer.Ordinal);
        Assert.Equal([true, true, true, false], list.Select(g => g.Verified));
        Assert.Equal(results[4].Record.Id, _clinic.Service().LastBackup()!.Id);
        using var db = ClinicDatabase.Open(_clinic.Folder.DatabasePath, _clinic.Time);
        Assert.Equal(2, db.BackupRecords.All().Count(r => r.PrunedAt is not null));
    }

    [Fact]
    public async Task The_clear_copy_sits_in_an_owner_only_work_folder_that_is_removed_afterwards()
    {
        _clinic.Cli.AddPatient();
        var work = Path.Combine(_clinic.Folder.Root, "backup-work");
        UnixFileMode? seen = null;
        var progress = new CallbackProgress(p =>
        {
            if (p.Stage == BackupStage.Checking && !OperatingSystem.IsWindows())
            {
                seen = File.GetUnixFileMode(work);
            }
        });

        await _clinic.Service().RunAsync(_clinic.Usb, BackupTestClinic.Passphrase, progress, CancellationToken.None);

        Assert.False(Directory.Exists(work));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, seen);
        }
    }

    private sealed class CallbackProgress(Action<BackupProgress> report) : IProgress<BackupProgress>
    {
        public void Report(BackupProgress value) => report(value);
    }

    private sealed class ListProgress(List<BackupStage> stages) : IProgress<BackupProgress>
    {
        public void Report(BackupProgress value)
        {
            lock (stages)
            {
                stages.Add(value.Stage);
            }
        }
    }
}
