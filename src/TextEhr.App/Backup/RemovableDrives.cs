using System.Globalization;
using System.Text;

namespace TextEhr.App.Backup;

/// <summary>
/// Removable drives that are ready: Windows drives of type Removable; on Linux, what the desktop
/// mounted under <c>/media</c> or <c>/run/media/USER</c> (read from <c>/proc/mounts</c>).
/// </summary>
internal static class RemovableDrives
{
    private const string ProcMounts = "/proc/mounts";

    public static IReadOnlyList<string> Find()
    {
        if (OperatingSystem.IsWindows())
        {
            return [.. DriveInfo.GetDrives().Where(d => d.DriveType == DriveType.Removable && d.IsReady).Select(d => d.RootDirectory.FullName)];
        }

        if (!OperatingSystem.IsLinux() || !File.Exists(ProcMounts))
        {
            return [];
        }

        try
        {
            return FromMounts(File.ReadAllText(ProcMounts, Encoding.UTF8));
        }
        catch (IOException)
        {
            return [];
        }
    }

    /// <summary>The mount points under /media/… and /run/media/USER/… in <c>/proc/mounts</c> text.</summary>
    public static IReadOnlyList<string> FromMounts(string mounts)
    {
        ArgumentNullException.ThrowIfNull(mounts);
        var found = new List<string>();
        foreach (var line in mounts.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = line.Split(' ');
            if (fields.Length < 2)
            {
                continue;
            }

            var point = Unescape(fields[1]);
            var parts = point.Split('/', StringSplitOptions.RemoveEmptyEntries);
            var removable = (parts.Length >= 2 && Is(parts[0], "media"))
                || (parts.Length >= 4 && Is(parts[0], "run") && Is(parts[1], "media"));
            if (removable && !found.Contains(point, StringComparer.Ordinal))
            {
                found.Add(point);
            }
        }

        return found;
    }

    private static bool Is(string part, string name) => string.Equals(part, name, StringComparison.Ordinal);

    /// <summary>/proc/mounts writes space, tab, newline and backslash as \040, \011, \012, \134.</summary>
    private static string Unescape(string field)
    {
        if (!field.Contains('\\', StringComparison.Ordinal))
        {
            return field;
        }

        var text = new StringBuilder(field.Length);
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] == '\\' && i + 3 < field.Length
                && int.TryParse(field.AsSpan(i + 1, 3), NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                text.Append((char)Convert.ToInt32(field.Substring(i + 1, 3), 8));
                i += 3;
            }
            else
            {
                text.Append(field[i]);
            }
        }

        return text.ToString();
    }
}
