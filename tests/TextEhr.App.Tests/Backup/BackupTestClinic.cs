using TextEhr.App.Backup;
using TextEhr.App.Demo;
using TextEhr.App.Hosting;
using TextEhr.App.Tests.Support;
using TextEhr.Storage;
using TextEhr.Storage.Backup;

namespace TextEhr.App.Tests.Backup;

/// <summary>
/// A registered test clinic (clinic.json, doctor) with a backup service whose key derivation is cheap
/// (the iteration count is written into each file's header) and whose chunks are small, so a few
/// hundred kilobytes already span many chunks.
/// </summary>
public sealed class BackupTestClinic : IDisposable
{
    public const string Passphrase = "うめ と さくら 2025";

    private readonly TestClinic _clinic = new TestClinic().Init();

    public BackupTestClinic()
    {
        Folder = DataFolder.Create(_clinic.Folder);
        Usb = Path.Combine(_clinic.Root, "usb");
        Directory.CreateDirectory(Usb);
    }

    public DataFolder Folder { get; }

    /// <summary>A folder standing in for the USB stick's root.</summary>
    public string Usb { get; }

    public string BackupFolder => Path.Combine(Usb, "TextEhr-backup");

    public string Root => _clinic.Root;

    public FixedTimeProvider Time => _clinic.Time;

    public TestClinic Cli => _clinic;

    public static BackupOptions FastOptions { get; } = new() { Iterations = 1_000, ChunkSize = 16 * 1024, UserId = 1 };

    public BackupService Service(BackupOptions? options = null) => new(Folder, Time, options ?? FastOptions);

    /// <summary>Another data folder under the same temporary root (removed with it).</summary>
    public DataFolder OtherFolder(string name) => DataFolder.Create(Path.Combine(_clinic.Root, name));

    public void AddDemoPatients(int patients, int seed = 3)
    {
        using var db = ClinicDatabase.Open(Folder.DatabasePath, Time);
        DemoClinicGenerator.Generate(db, patients, seed, TestClinic.Today, progress: null);
    }

    public BackupResult Backup(BackupOptions? options = null) =>
        Service(options).RunAsync(Usb, Passphrase, null, CancellationToken.None).GetAwaiter().GetResult();

    public DatabaseContent LiveContent() => DatabaseFile.ReadContent(Folder.DatabasePath);

    /// <summary>Every file under the stick's backup folder, by name.</summary>
    public IReadOnlyList<string> FilesOnStick() =>
        Directory.Exists(BackupFolder) ? [.. Directory.EnumerateFiles(BackupFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!] : [];

    public void Dispose() => _clinic.Dispose();
}
