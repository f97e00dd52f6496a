namespace TextEhr.Documents.Fonts;

/// <summary>
/// Finds BIZ UDゴシック: <c>TEXTEHR_FONT_DIR</c>, the Debian package <c>fonts-morisawa-bizud-gothic</c>,
/// the Windows and user font folders, then the regular face bundled in <c>fonts/</c> beside the program.
/// </summary>
/// <remarks>
/// The bundled copy comes last because it has no bold face: an installed pair prints real bold, and a
/// machine without one still prints in the same font rather than whatever fontconfig or Windows picks.
/// </remarks>
public static class FontLocator
{
    /// <summary>Environment variable naming a folder that holds the two .ttf files.</summary>
    public const string EnvironmentVariable = "TEXTEHR_FONT_DIR";

    private const string RegularFile = "BIZUDGothic-Regular.ttf";
    private const string BoldFile = "BIZUDGothic-Bold.ttf";

    /// <summary>Where the build copies the bundled regular face and its licence (<c>OFL.txt</c>).</summary>
    public static string BundledFolder => Path.Combine(AppContext.BaseDirectory, "fonts");

    /// <summary>The folders searched, in order.</summary>
    public static IReadOnlyList<string> Folders(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var folders = new List<string>();
        if (environment(EnvironmentVariable) is { Length: > 0 } configured)
        {
            folders.Add(configured);
        }

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

        folders.Add(BundledFolder);
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
