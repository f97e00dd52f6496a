namespace TextEhr.EndToEnd.Tests.Support;

/// <summary>
/// Screen text in the form both sides can agree on: tmux's capture drops trailing blanks and the app's
/// dump keeps them, so every line loses its trailing spaces and the blank rows at the bottom go.
/// </summary>
internal static class ScreenText
{
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n').Select(line => line.TrimEnd(' ')).ToList();
        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return string.Join('\n', lines);
    }

    /// <summary>The row (0-based) of the first line containing <paramref name="text"/>, or -1.</summary>
    public static int RowOf(string screen, string text)
    {
        ArgumentNullException.ThrowIfNull(screen);
        return screen.Split('\n').ToList().FindIndex(line => line.Contains(text, StringComparison.Ordinal));
    }
}
