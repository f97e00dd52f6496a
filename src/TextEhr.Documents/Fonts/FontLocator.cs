namespace TextEhr.Documents.Fonts;

/// <summary>
/// Finds BIZ UDゴシック: <c>TEXTEHR_FONT_DIR</c>, a <c>fonts/</c> folder beside the program, the Debian
/// package <c>fonts-morisawa-bizud-gothic</c>, then the Windows and user font folders.
/// </summary>
public static class FontLocator
{
    /// <summary>Environment variable naming a folder that holds the two .ttf files.</summary>
    public const string EnvironmentVariable = "TEXTEHR_FONT_DIR";

    private const string RegularFile = "BIZUDGothic-Regular.ttf";
    private const string BoldFile = "BIZUDGothic-Bold.ttf";

    /// <summary>The folders searched, in order.</summary>
    public static IReadOnlyList<string> Folders(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var folders = new List<string>();
        if (environment(EnvironmentVariable) is { Length: > 0 } configured)
        {
            folders.Add(configured);
        }

        folders.Add(Path.Combine(AppContext.BaseDirectory, "fonts"));
        folders.Add("/usr/share/fonts/truetype/bizud-gothic");
        folders.Add("/usr/local/share/fonts");
        if (environment("WINDIR") is { Length: > 0 } windows)
        {
            folders.Add(Path.Combine(windows, "Fonts"));
        }

        if (environment("LOCALAPPDATA") is { Length: > 0 } local)
        {
            folders.Add(Path.Combine(local, "Microsoft", "Windows", "Fonts"));
        }

        return folders;
    }

    /// <summary>The font found first, or null when none of the folders holds it.</summary>
    public static DocumentFont? Find(Func<string, string?> environment)
    {
        foreach (var folder in Folders(environment))
        {
            var regular = Path.Combine(folder, RegularFile);
            if (File.Exists(regular))
            {
                var bold = Path.Combine(folder, BoldFile);
                return new DocumentFont(regular, File.Exists(bold) ? bold : null);
            }
        }

        return null;
    }

    /// <summary>The font found from the process environment.</summary>
    public static DocumentFont? Find() => Find(Environment.GetEnvironmentVariable);
}
