namespace TextEhr.Tui.Input;

/// <summary>Normalises a command key as .NET reports it on different terminals and platforms.</summary>
internal static class KeyNames
{
    /// <summary>The command key, or null for a key that names nothing (Key None with no usable character).</summary>
    public static KeyEvent? Command(ConsoleKeyInfo key, bool shiftF2IsShiftTab)
    {
        var modifiers = key.Modifiers;
        if (key.Key == ConsoleKey.F2 && modifiers == ConsoleModifiers.Shift && shiftF2IsShiftTab)
        {
            return KeyEvent.Command(ConsoleKey.Tab, ConsoleModifiers.Shift);
        }

        // Ctrl+letter as its control character (U+0001–U+001A); Tab, Enter, C-j and C-h have keys of their own.
        var c = key.KeyChar;
        var controlLetter = c is >= '\u0001' and <= '\u001A' and not ('\b' or '\t' or '\n' or '\r')
            ? ConsoleKey.A + (c - '\u0001')
            : ConsoleKey.None;
        if (controlLetter != ConsoleKey.None && (key.Key == ConsoleKey.None || key.Key == controlLetter))
        {
            return KeyEvent.Command(controlLetter, modifiers | ConsoleModifiers.Control);
        }

        return key.Key == ConsoleKey.None ? null : KeyEvent.Command(key.Key, modifiers);
    }
}
