namespace TextEhr.Tui.Input;

/// <summary>What a <c>TERM</c> value tells about .NET's key decoding, which reads terminfo.</summary>
public static class TerminalNames
{
    // Families whose terminfo has a back-tab entry, so .NET reports Shift+Tab as Tab + Shift.
    private static readonly string[] KnownFamilies =
        ["xterm", "screen", "tmux", "rxvt", "vte", "gnome", "konsole", "alacritty", "kitty", "foot", "wezterm", "putty", "iterm", "st"];

    /// <summary>
    /// True when Shift+Tab arrives as Shift+F2: <c>TERM</c> is linux, vt100, dumb, missing, or a name
    /// outside the families above (measured under tmux, shared/notes/TUI.md §3).
    /// </summary>
    public static bool ReadShiftTabAsShiftF2(string? term)
    {
        if (string.IsNullOrWhiteSpace(term))
        {
            return true;
        }

        foreach (var family in KnownFamilies)
        {
            if (term.StartsWith(family, StringComparison.OrdinalIgnoreCase)
                && (term.Length == family.Length || term[family.Length] is '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
