namespace TextEhr.App.Hosting;

/// <summary>
/// Where the clinic's data lives: <c>--data DIR</c>, else <c>TEXTEHR_DATA</c>, else the OS default
/// (<c>%LOCALAPPDATA%\TextEhr</c>, <c>$XDG_DATA_HOME/textehr</c>, <c>~/.local/share/textehr</c>).
/// </summary>
public static class DataFolderLocation
{
    public const string EnvironmentVariable = "TEXTEHR_DATA";

    /// <summary>The full path of the data folder; nothing is created here.</summary>
    public static string Resolve(string? option, Func<string, string?> getEnvironmentVariable)
    {
        ArgumentNullException.ThrowIfNull(getEnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(option))
        {
            return Path.GetFullPath(option);
        }

        var fromEnvironment = getEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Path.GetFullPath(fromEnvironment);
        }

        return OperatingSystemDefault(getEnvironmentVariable);
    }

    /// <summary>The per-user default when neither the option nor the variable says.</summary>
    public static string OperatingSystemDefault(Func<string, string?> getEnvironmentVariable)
    {
        ArgumentNullException.ThrowIfNull(getEnvironmentVariable);
        if (OperatingSystem.IsWindows())
        {
            var local = getEnvironmentVariable("LOCALAPPDATA");
            if (string.IsNullOrWhiteSpace(local))
            {
                local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
            }

            return Path.Combine(local, "TextEhr");
        }

        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        var xdg = getEnvironmentVariable("XDG_DATA_HOME");
        if (!string.IsNullOrWhiteSpace(xdg) && Path.IsPathRooted(xdg))
        {
            return Path.Combine(xdg, "textehr");
        }

        var home = getEnvironmentVariable("HOME");
        if (string.IsNullOrWhiteSpace(home))
        {
            home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        }

        return Path.Combine(home, ".local", "share", "textehr");
    }
}
