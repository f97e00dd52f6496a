namespace TextEhr.App.Screens.Access;

/// <summary>
/// Whether a path can hold backups: empty (none), an existing folder, or a full path whose nearest
/// existing parent is a folder, so saving can create it.
/// </summary>
public static class BackupFolderRule
{
    public static bool IsUsable(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var trimmed = path.Trim();
        if (trimmed.Length == 0 || Directory.Exists(trimmed))
        {
            return true;
        }

        if (!Path.IsPathFullyQualified(trimmed) || File.Exists(trimmed))
        {
            return false;
        }

        for (var parent = Path.GetDirectoryName(trimmed); !string.IsNullOrEmpty(parent); parent = Path.GetDirectoryName(parent))
        {
            if (Directory.Exists(parent))
            {
                return true;
            }

            if (File.Exists(parent))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Creates the folder when missing; null on success, else the reason.</summary>
    public static string? Create(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Trim().Length == 0)
        {
            return null;
        }

        try
        {
            Directory.CreateDirectory(path.Trim());
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return ex.Message;
        }
    }
}
