using TextEhr.App.Backup;

namespace TextEhr.App.Tests.Backup;

public sealed class BackupFaultTests : IDisposable
{
    private readonly BackupTestClinic _clinic = new();

    public BackupFaultTests()
    {
        _clinic.Cli.AddPatient();
        _clinic.Cli.AddConfirmedNote("1");
    }

    public void Dispose() => _clinic.Dispose();

    [Fact]
    public async Task A_full_destination_is_a_clear_error_with_no_final_file_and_the_earlier_generation_intact()
    {
        var earlier = _clinic.Backup();
        _clinic.Time.Advance(TimeSpan.FromHours(1));
        var live = _clinic.LiveContent();
        var options = BackupTestClinic.FastOptions with
        {
            WrapDestination = file => new FaultyStream(file, 50_000, () => throw new IOException("No space left on device", 28)),
        };

        var failed = await Assert.ThrowsAsync<BackupFailedException>(
            () => _clinic.Service(options).RunAsync(_clinic.Usb, BackupTestClinic.Passphrase, null, CancellationToken.None));

        Assert.Equal(BackupFailure.DestinationFull, failed.Failure);
        Assert.Equal(BackupMessages.DestinationFull, failed.Message);
        Assert.Equal([Path.GetFileName(earlier.FilePath)], _clinic.FilesOnStick(), StringComparer.Ordinal);
        await _clinic.Service().VerifyAsync(earlier.FilePath, BackupTestClinic.Passphrase, null, CancellationToken.None);
        Assert.Equal(live.Sha256, _clinic.LiveContent().Sha256);
        Assert.Equal(earlier.Record.Id, _clinic.Service().LastBackup()!.Id);
        Assert.False(Directory.Exists(Path.Combine(_clinic.Folder.Root, "backup-work")));
    }

    [Fact]
    public async Task A_real_no_space_left_error_from_the_OS_is_told_as_a_full_destination()
    {
        if (!File.Exists("/dev/full"))
        {
            // Only Linux has a device that fails every write with ENOSPC; the injected case above covers the rest.
            Assert.Equal(BackupFailure.DestinationFull, BackupErrors.ForDestination(new IOException("full", unchecked((int)0x80070070)), _clinic.Usb).Failure);
            return;
        }

        var earlier = _clinic.Backup();
        _clinic.Time.Advance(TimeSpan.FromHours(1));
        var options = BackupTestClinic.FastOptions with
        {
            WrapDestination = _ => new FileStream("/dev/full", FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 1),
        };

        var failed = await Assert.ThrowsAsync<BackupFailedException>(
            () => _clinic.Service(options).RunAsync(_clinic.Usb, BackupTestClinic.Passphrase, null, CancellationToken.None));

        Assert.Equal(BackupFailure.DestinationFull, failed.Failure);
        Assert.Equal([Path.GetFileName(earlier.FilePath)], _clinic.FilesOnStick(), StringComparer.Ordinal);
    }

    [Fact]
    public async Task A_stick_pulled_mid_write_is_a_clear_error_and_leaves_nothing_under_the_final_name()
    {
        var earlier = _clinic.Backup();
        _clinic.Time.Advance(TimeSpan.FromHours(1));
        var live = _clinic.LiveContent();
        var unplugged = Path.Combine(_clinic.Root, "unplugged");

        // The folder vanishes from its path, as it does when the stick is pulled; moving it keeps it to inspect.
        var options = BackupTestClinic.FastOptions with
        {
            WrapDestination = file => new FaultyStream(file, 30_000, () => Directory.Move(_clinic.BackupFolder, unplugged)),
        };

        var failed = await Assert.ThrowsAsync<BackupFailedException>(
            () => _clinic.Service(options).RunAsync(_clinic.Usb, BackupTestClinic.Passphrase, null, CancellationToken.None));

        Assert.Equal(BackupFailure.DestinationGone, failed.Failure);
        Assert.Equal(BackupMessages.DestinationGone, failed.Message);
        Assert.False(Directory.Exists(_clinic.BackupFolder));
        var left = Directory.EnumerateFiles(unplugged).Select(Path.GetFileName).ToList();
        Assert.Contains(Path.GetFileName(earlier.FilePath), left, StringComparer.Ordinal);
        Assert.All(left, name => Assert.True(
            string.Equals(name, Path.GetFileName(earlier.FilePath), StringComparison.Ordinal) || name!.EndsWith(".partial", StringComparison.Ordinal),
            name));
        await _clinic.Service().VerifyAsync(Path.Combine(unplugged, Path.GetFileName(earlier.FilePath)), BackupTestClinic.Passphrase, null, CancellationToken.None);
        Assert.Equal(live.Sha256, _clinic.LiveContent().Sha256);
    }

    [Fact]
    public async Task A_read_only_destination_is_a_clear_error()
    {
        if (OperatingSystem.IsWindows() || string.Equals(Environment.UserName, "root", StringComparison.Ordinal))
        {
            // root writes through 0500; the full and pulled cases cover the clean-up, this only the wording.
            var failure = BackupErrors.ForDestination(new UnauthorizedAccessException(), _clinic.Usb);
            Assert.Equal(BackupFailure.DestinationReadOnly, failure.Failure);
            return;
        }

        File.SetUnixFileMode(_clinic.Usb, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        var failed = await Assert.ThrowsAsync<BackupFailedException>(
            () => _clinic.Service().RunAsync(_clinic.Usb, BackupTestClinic.Passphrase, null, CancellationToken.None));
        Assert.Equal(BackupFailure.DestinationReadOnly, failed.Failure);
    }

    [Fact]
    public async Task A_destination_that_is_not_there_is_not_created()
    {
        var unplugged = Path.Combine(_clinic.Root, "media", "usb");

        var failed = await Assert.ThrowsAsync<BackupFailedException>(
            () => _clinic.Service().RunAsync(unplugged, BackupTestClinic.Passphrase, null, CancellationToken.None));

        Assert.Equal(BackupFailure.DestinationGone, failed.Failure);
        Assert.Equal(BackupMessages.DestinationMissing(unplugged), failed.Message);
        Assert.False(Directory.Exists(unplugged));
    }

    [Fact]
    public async Task A_wrong_passphrase_is_refused_by_verify_and_restore_and_the_database_stays()
    {
        var backup = _clinic.Backup();
        var live = _clinic.LiveContent();

        var verify = await Assert.ThrowsAsync<BackupFailedException>(
            () => _clinic.Service().VerifyAsync(backup.FilePath, "ちがう合言葉です", null, CancellationToken.None));
        var restore = await Assert.ThrowsAsync<BackupFailedException>(
            () => _clinic.Service().RestoreAsync(backup.FilePath, "ちがう合言葉です", null, CancellationToken.None));

        Assert.Equal(BackupFailure.WrongPassphrase, verify.Failure);
        Assert.Equal(BackupMessages.WrongPassphrase, verify.Message);
        Assert.Equal(BackupFailure.WrongPassphrase, restore.Failure);
        Assert.Equal(live.Sha256, _clinic.LiveContent().Sha256);
    }

    [Fact]
    public async Task The_passphrase_is_compared_after_NFKC_so_full_width_letters_open_the_file()
    {
        var backup = await _clinic.Service().RunAsync(_clinic.Usb, "Clinic-Pass-2025", null, CancellationToken.None);

        var verified = await _clinic.Service().VerifyAsync(backup.FilePath, "Ｃｌｉｎｉｃ－Ｐａｓｓ－２０２５", null, CancellationToken.None);

        Assert.Equal(1, verified.Patients);
    }
}
