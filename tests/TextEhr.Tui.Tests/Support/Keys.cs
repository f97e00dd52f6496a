namespace TextEhr.Tui.Tests.Support;

/// <summary>Exact <see cref="ConsoleKeyInfo"/> values as ReadKey reports them, written out by hand.</summary>
internal static class Keys
{
    public static ConsoleKeyInfo Of(char keyChar, ConsoleKey key = ConsoleKey.None, ConsoleModifiers modifiers = ConsoleModifiers.None) =>
        new(
            keyChar,
            key,
            modifiers.HasFlag(ConsoleModifiers.Shift),
            modifiers.HasFlag(ConsoleModifiers.Alt),
            modifiers.HasFlag(ConsoleModifiers.Control));

    public static ConsoleKeyInfo Key(ConsoleKey key, ConsoleModifiers modifiers = ConsoleModifiers.None) => Of('\0', key, modifiers);

    /// <summary><c>Esc [ 2 0 0 ~</c> or <c>Esc [ 2 0 1 ~</c> as six separate keys.</summary>
    public static ConsoleKeyInfo[] PasteMarker(bool start) =>
    [
        Of('\e', ConsoleKey.Escape),
        Of('['),
        Of('2', ConsoleKey.D2),
        Of('0', ConsoleKey.D0),
        start ? Of('0', ConsoleKey.D0) : Of('1', ConsoleKey.D1),
        Of('~'),
    ];
}
