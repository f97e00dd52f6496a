using TextEhr.App.Hosting;

namespace TextEhr.App.Backup;

/// <summary>
/// The data folder's scratch folders for a backup's copy and a restore's decrypted files: patient data
/// in the clear, so owner-only (0700) like the data folder, and removed whole afterwards.
/// </summary>
internal static class WorkFolder
{
    public static void Create(string path)
    {
        BackupErrors.TryDeleteFolder(path);
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        Directory.CreateDirectory(path, DataFolder.FolderMode);
    }
}
