namespace TextEhr.Tui.Input;

/// <summary>
/// One key press after decoding. Text keys carry the text to insert (one cell cluster: 𠮷 joined from
/// its surrogates, 葛󠄀 with its IVS); command keys (F-keys, arrows, Ctrl/Alt combinations, Enter, Esc)
/// carry empty text.
/// </summary>
/// <param name="Key">The key; <see cref="ConsoleKey.None"/> for text such as 山 that has no key of its own.</param>
/// <param name="Text">Text to insert, or empty.</param>
/// <param name="Modifiers">Shift, Control and Alt.</param>
public sealed record KeyEvent(ConsoleKey Key, string Text, ConsoleModifiers Modifiers = ConsoleModifiers.None) : InputEvent
{
    public bool IsText => Text.Length > 0;

    public bool Shift => Modifiers.HasFlag(ConsoleModifiers.Shift);

    public bool Control => Modifiers.HasFlag(ConsoleModifiers.Control);

    public bool Alt => Modifiers.HasFlag(ConsoleModifiers.Alt);

    /// <summary>A command key with no text.</summary>
    public static KeyEvent Command(ConsoleKey key, ConsoleModifiers modifiers = ConsoleModifiers.None) => new(key, string.Empty, modifiers);
}
