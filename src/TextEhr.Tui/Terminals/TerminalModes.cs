namespace TextEhr.Tui.Terminals;

/// <summary>
/// The byte strings that put a terminal into full-screen mode and back (shared/notes/TUI.md §2).
/// Nothing depends on terminfo for output.
/// </summary>
public static class TerminalModes
{
    /// <summary>Alternate screen, no auto-wrap (the bottom-right cell never scrolls), bracketed paste, cursor hidden.</summary>
    public static ReadOnlySpan<byte> Enter => "\e[?1049h\e[?7l\e[?2004h\e[?25l"u8;

    /// <summary>
    /// Reset style, paste off, wrap on, cursor on, main screen, and cursor-key and keypad modes off:
    /// .NET turns keypad mode on at first console use and never turns it off.
    /// </summary>
    public static ReadOnlySpan<byte> Exit => "\e[0m\e[?2004l\e[?7h\e[?25h\e[?1049l\e[?1l\e>"u8;

    /// <summary>Synchronized output: the terminal shows the frame at once; ignored where unsupported.</summary>
    public static ReadOnlySpan<byte> BeginSynchronizedUpdate => "\e[?2026h"u8;

    public static ReadOnlySpan<byte> EndSynchronizedUpdate => "\e[?2026l"u8;

    public static ReadOnlySpan<byte> ShowCursor => "\e[?25h"u8;

    public static ReadOnlySpan<byte> HideCursor => "\e[?25l"u8;

    /// <summary>Default style, then erase the whole screen to the default background.</summary>
    public static ReadOnlySpan<byte> ClearScreen => "\e[0m\e[2J"u8;
}
