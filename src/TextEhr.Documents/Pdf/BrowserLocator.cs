namespace TextEhr.Documents.Pdf;

/// <summary>
/// Finds a Chromium-based browser to print HTML to PDF: <c>TEXTEHR_BROWSER</c> when set, else chromium,
/// chromium-browser or google-chrome on PATH, else Microsoft Edge or Chrome in the usual Windows folders.
/// </summary>
public static class BrowserLocator
{
    /// <summary>Environment variable with the browser's full path; a path that does not exist means "no browser".</summary>
    public const string EnvironmentVariable = "TEXTEHR_BROWSER";

    private static readonly string[] PathNames =
        ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "microsoft-edge", "msedge"];

    /// <summary>The browser from the process environment, or null.</summary>
    public static string? Find() => Find(Environment.GetEnvironmentVariable, File.Exists);

    /// <summary>The browser, or null when there is none.</summary>
    public static string? Find(Func<string, string?> environment, Func<string, bool> exists)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(exists);
        if (environment(EnvironmentVariable) is { Length: > 0 } configured)
        {
            // A configured browser that is missing must not silently become another one.
            return exists(configured) ? configured : null;
        }

        return Candidates(environment).FirstOrDefault(exists);
    }

    /// <summary>Every path looked at, in order (without the environment override).</summary>
    public static IEnumerable<string> Candidates(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var windows = OperatingSystem.IsWindows();
        foreach (var folder in (environment("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in PathNames)
            {
                yield return Path.Combine(folder, windows ? name + ".exe" : name);
            }
        }

        foreach (var root in new[] { environment("ProgramFiles(x86)"), environment("ProgramFiles"), environment("LOCALAPPDATA") })
        {
            if (root is { Length: > 0 })
            {
                yield return Path.Combine(root, "Microsoft", "Edge", "Application", "msedge.exe");
                yield return Path.Combine(root, "Google", "Chrome", "Application", "chrome.exe");
            }
        }
    }
}
