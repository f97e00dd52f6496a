namespace TextEhr.Tui.Testing;

/// <summary>
/// The <see cref="ConsoleKeyInfo"/> sequences <c>Console.ReadKey</c> delivers on Unix (measured under
/// tmux, shared/notes/TUI.md §3), for feeding a key decoder in tests.
/// </summary>
public static class KeyScript
{
    /// <summary>Typed text: one key per UTF-16 unit (𠮷 is two keys), a line break as Enter.</summary>
    public static IEnumerable<ConsoleKeyInfo> Type(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Select(CodeUnit);
    }

    /// <summary>A bracketed paste: <c>Esc [ 2 0 0 ~</c> as six keys, the text, then <c>Esc [ 2 0 1 ~</c>.</summary>
    public static IEnumerable<ConsoleKeyInfo> Paste(string text) => Type("\e[200~" + text + "\e[201~");

    /// <summary>A key with modifiers; Ctrl+letter carries its control character, as with TreatControlCAsInput.</summary>
    public static ConsoleKeyInfo Key(ConsoleKey key, ConsoleModifiers modifiers = ConsoleModifiers.None)
    {
        var control = modifiers.HasFlag(ConsoleModifiers.Control);
        var keyChar = key switch
        {
            ConsoleKey.Enter => control ? '\n' : '\r',
            ConsoleKey.Tab => '\t',
            ConsoleKey.Escape => '\e',
            ConsoleKey.Backspace => control ? '\b' : '\u007F',
            ConsoleKey.Spacebar => ' ',
            >= ConsoleKey.A and <= ConsoleKey.Z when control => (char)(key - ConsoleKey.A + 1),
            >= ConsoleKey.A and <= ConsoleKey.Z => (char)((modifiers.HasFlag(ConsoleModifiers.Shift) ? 'A' : 'a') + (key - ConsoleKey.A)),
            >= ConsoleKey.D0 and <= ConsoleKey.D9 => (char)('0' + (key - ConsoleKey.D0)),
            _ => '\0',
        };
        return new ConsoleKeyInfo(keyChar, key, modifiers.HasFlag(ConsoleModifiers.Shift), modifiers.HasFlag(ConsoleModifiers.Alt), control);
    }

    /// <summary>One UTF-16 unit as ReadKey reports it.</summary>
    public static ConsoleKeyInfo CodeUnit(char c) => c switch
    {
        >= 'a' and <= 'z' => new ConsoleKeyInfo(c, ConsoleKey.A + (c - 'a'), false, false, false),
        >= 'A' and <= 'Z' => new ConsoleKeyInfo(c, ConsoleKey.A + (c - 'A'), true, false, false),
        >= '0' and <= '9' => new ConsoleKeyInfo(c, ConsoleKey.D0 + (c - '0'), false, false, false),
        ' ' => Key(ConsoleKey.Spacebar),
        '\r' or '\n' => Key(ConsoleKey.Enter),
        '\t' => Key(ConsoleKey.Tab),
        '\e' => Key(ConsoleKey.Escape),
        _ => new ConsoleKeyInfo(c, ConsoleKey.None, false, false, false),
    };
}
