using System.Text;
using System.Text.Json;
using TextEhr.Tui.Screen;

namespace TextEhr.Tui.Themes;

/// <summary>
/// Finds and reads <c>themes/NAME.json</c>. Never throws for a user's mistake: a missing or bad file
/// gives a Japanese message naming the file, the line and the problem, and the built-in
/// <see cref="Theme.Paper"/>, so the clinic can always work.
/// </summary>
public static class ThemeLoader
{
    /// <summary>
    /// Where themes are looked for: <c>themes/</c> beside the program, then in each folder above it
    /// (a development build runs from <c>bin/Debug/…</c>), then in the current directory.
    /// </summary>
    public static IReadOnlyList<string> DefaultDirectories()
    {
        var directories = new List<string>();
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            directories.Add(Path.Combine(folder.FullName, "themes"));
        }

        directories.Add(Path.Combine(Environment.CurrentDirectory, "themes"));
        return directories;
    }

    /// <summary>
    /// The theme called <paramref name="name"/> (null or empty: the default), or a path to a <c>.json</c>
    /// file. Without a <c>paper.json</c> anywhere the built-in paper theme is used without complaint.
    /// </summary>
    public static ThemeLoadResult Load(string? name, IEnumerable<string> directories)
    {
        ArgumentNullException.ThrowIfNull(directories);
        var asked = string.IsNullOrWhiteSpace(name) ? Theme.DefaultName : name.Trim();
        if (asked.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || asked.Contains('/', StringComparison.Ordinal) || asked.Contains('\\', StringComparison.Ordinal))
        {
            return File.Exists(asked) ? LoadFile(asked) : Fallback(TuiMessages.ThemeNotFound(Path.GetFileNameWithoutExtension(asked)));
        }

        foreach (var directory in directories)
        {
            var path = Path.Combine(directory, asked + ".json");
            if (File.Exists(path))
            {
                return LoadFile(path);
            }
        }

        return string.Equals(asked, Theme.DefaultName, StringComparison.OrdinalIgnoreCase)
            ? new ThemeLoadResult(Theme.Paper, null)
            : Fallback(TuiMessages.ThemeNotFound(asked));
    }

    /// <summary>Reads one theme file; its name is the file's name without <c>.json</c>.</summary>
    public static ThemeLoadResult LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            return Parse(File.ReadAllBytes(path), Path.GetFileName(path));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Fallback(TuiMessages.FileUnreadable(TuiMessages.ThemeFileKind, path, exception.Message));
        }
    }

    /// <summary>Reads a theme file's UTF-8 text (a BOM is allowed).</summary>
    public static ThemeLoadResult Parse(ReadOnlySpan<byte> utf8Json, string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var json = utf8Json.StartsWith(Encoding.UTF8.Preamble) ? utf8Json[Encoding.UTF8.Preamble.Length..] : utf8Json;
        ThemeFile? file;
        try
        {
            file = JsonSerializer.Deserialize(json, ThemeJsonContext.Default.ThemeFile);
        }
        catch (JsonException exception)
        {
            var line = (int)(exception.LineNumber ?? 0) + 1;
            var problem = exception is ThemeValueException ? exception.Message : TuiMessages.JsonProblem(exception.Path);
            return Fallback(TuiMessages.FileAt(TuiMessages.ThemeFileKind, fileName, line, LineText(json, line), problem));
        }

        var styles = new Dictionary<VisualRole, Style>();
        foreach (var role in Theme.Roles)
        {
            if (file?.Roles?[role] is not { } entry)
            {
                return Fallback(TuiMessages.ThemeRoleMissing(fileName, role.ToString()));
            }

            styles[role] = entry.ToStyle();
        }

        return new ThemeLoadResult(new Theme(Path.GetFileNameWithoutExtension(fileName), styles), null);
    }

    private static ThemeLoadResult Fallback(string message) =>
        new(Theme.Paper, message + "\n" + TuiMessages.DefaultThemeUsed(Theme.DefaultName));

    private static string LineText(ReadOnlySpan<byte> json, int line)
    {
        var lines = Encoding.UTF8.GetString(json).Split('\n');
        return line >= 1 && line <= lines.Length ? lines[line - 1].TrimEnd('\r').Trim() : string.Empty;
    }
}
