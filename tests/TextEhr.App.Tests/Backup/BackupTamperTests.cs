using TextEhr.App.Backup;

namespace TextEhr.App.Tests.Backup;

/// <summary>
/// The 1,000 damaged files: single bytes changed anywhere and cuts at any length. Every one is
/// refused by verify and by restore, and the live database and folder stay exactly as they were.
/// </summary>
public sealed class BackupTamperTests : IDisposable
{
    private const int ByteChanges = 800;
    private const int Truncations = 200;

    private readonly BackupTestClinic _clinic = new();

    public void Dispose() => _clinic.Dispose();

    [Fact]
    public async Task Every_changed_byte_and_every_truncation_is_detected_and_nothing_is_restored()
    {
        _clinic.Cli.AddPatient();
        _clinic.Cli.AddConfirmedNote("1");
        var backup = _clinic.Backup();
        var original = await File.ReadAllBytesAsync(backup.FilePath);
        var live = _clinic.LiveContent();
        var folderBefore = FolderListing();
        var damaged = Path.Combine(_clinic.Root, "damaged.ehrbk");
        var random = new Random(20_251_122);
        var service = _clinic.Service();
        var undetected = new List<string>();
        var failures = new Dictionary<BackupFailure, int>();

        for (var n = 0; n < ByteChanges + Truncations; n++)
        {
            byte[] bytes;
            string what;
            if (n < ByteChanges)
            {
                bytes = (byte[])original.Clone();
                var at = random.Next(bytes.Length);
                bytes[at] ^= (byte)random.Next(1, 256);
                what = $"byte {at} of {bytes.Length}";
            }
            else
            {
                var length = random.Next(original.Length);
                bytes = original[..length];
                what = $"cut to {length} of {original.Length}";
            }

            await File.WriteAllBytesAsync(damaged, bytes);
            foreach (var attempt in new Func<Task>[]
            {
                () => service.VerifyAsync(damaged, BackupTestClinic.Passphrase, null, CancellationToken.None),
                () => service.RestoreAsync(damaged, BackupTestClinic.Passphrase, null, CancellationToken.None),
            })
            {
                try
                {
                    await attempt();
                    undetected.Add(what);
                }
                catch (BackupFailedException ex)
                {
                    failures[ex.Failure] = failures.GetValueOrDefault(ex.Failure) + 1;
                }
            }
        }

        Assert.Empty(undetected);
        Assert.Equal(2 * (ByteChanges + Truncations), failures.Values.Sum());
        Assert.True(failures.GetValueOrDefault(BackupFailure.Damaged) > 1_500, string.Join(", ", failures));
        Assert.Equal(live.Sha256, _clinic.LiveContent().Sha256);
        Assert.Equal(folderBefore, FolderListing(), StringComparer.Ordinal);
        await service.VerifyAsync(backup.FilePath, BackupTestClinic.Passphrase, null, CancellationToken.None);
    }

    [Fact]
    public async Task A_chunk_moved_or_dropped_or_taken_from_another_backup_is_detected()
    {
        _clinic.AddDemoPatients(30);
        var first = _clinic.Backup();
        _clinic.Time.Advance(TimeSpan.FromMinutes(1));
        var second = _clinic.Backup();
        var a = await File.ReadAllBytesAsync(first.FilePath);
        var b = await File.ReadAllBytesAsync(second.FilePath);
        const int header = 71;
        var chunk = 4 + (16 * 1024) + 16;
        Assert.True(a.Length > header + (3 * chunk), "the test needs several chunks");

        var swapped = (byte[])a.Clone();
        a.AsSpan(header, chunk).CopyTo(swapped.AsSpan(header + chunk));
        a.AsSpan(header + chunk, chunk).CopyTo(swapped.AsSpan(header));
        var dropped = a[..header].Concat(a[(header + chunk)..]).ToArray();
        var foreign = (byte[])a.Clone();
        b.AsSpan(header + chunk, chunk).CopyTo(foreign.AsSpan(header + chunk));
        var path = Path.Combine(_clinic.Root, "edited.ehrbk");

        foreach (var bytes in new[] { swapped, dropped, foreign })
        {
            await File.WriteAllBytesAsync(path, bytes);
            var failed = await Assert.ThrowsAsync<BackupFailedException>(
                () => _clinic.Service().VerifyAsync(path, BackupTestClinic.Passphrase, null, CancellationToken.None));
            Assert.Equal(BackupFailure.Damaged, failed.Failure);
        }
    }

    private string[] FolderListing() =>
        [.. Directory.EnumerateFileSystemEntries(_clinic.Folder.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
}
