namespace TextEhr.App.Hosting;

/// <summary>
/// The clinic's data folder: <c>textehr.db</c>, <c>clinic.json</c> and <c>logs/</c>. Created on first
/// use and kept readable by its owner only: 0700 folders and 0600 files on Unix; on Windows the folder
/// sits in the user's profile, whose ACLs already keep other users out.
/// </summary>
public sealed class DataFolder
{
    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private DataFolder(string root)
    {
        Root = root;
    }

    public string Root { get; }

    public string DatabasePath => Path.Combine(Root, "textehr.db");

    public string ClinicFile => Path.Combine(Root, "clinic.json");

    public string SettingsFile => Path.Combine(Root, "settings.json");

    public string LogsFolder => Path.Combine(Root, "logs");

    /// <summary>Creates the folder and <c>logs/</c> when missing and makes both owner-only.</summary>
    /// <exception cref="IOException">The folder cannot be created (a file is in the way, a read-only disk).</exception>
    /// <exception cref="UnauthorizedAccessException">The user may not create or change it.</exception>
    public static DataFolder Create(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        var folder = new DataFolder(Path.GetFullPath(root));
        CreateOwnerOnlyDirectory(folder.Root);
        CreateOwnerOnlyDirectory(folder.LogsFolder);
        return folder;
    }

    /// <summary>Makes a file owner-only (0600) when it exists; a no-op on Windows.</summary>
    public static void RestrictFile(string path)
    {
        if (OperatingSystem.IsWindows() || !File.Exists(path))
        {
            return;
        }

        try
        {
            File.SetUnixFileMode(path, FileMode);
        }
        catch (FileNotFoundException)
        {
            // SQLite removed its -wal or -shm between the check and the change: nothing to protect.
        }
    }

    /// <summary>The database and its WAL companions, which SQLite creates with the process umask.</summary>
    public void RestrictDatabaseFiles()
    {
        RestrictFile(DatabasePath);
        RestrictFile(DatabasePath + "-wal");
        RestrictFile(DatabasePath + "-shm");
        RestrictFile(DatabasePath + "-journal");
    }

    /// <summary>Every file directly in <c>logs/</c>.</summary>
    public void RestrictLogFiles()
    {
        if (OperatingSystem.IsWindows() || !Directory.Exists(LogsFolder))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(LogsFolder))
        {
            RestrictFile(file);
        }
    }

    private static void CreateOwnerOnlyDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        Directory.CreateDirectory(path, FolderMode);

        // An existing folder keeps its mode through CreateDirectory: tighten it.
        if (File.GetUnixFileMode(path) != FolderMode)
        {
            File.SetUnixFileMode(path, FolderMode);
        }
    }
}
