using TextEhr.Tui.Input;

namespace TextEhr.Tui.Terminals.Windows;

/// <summary>
/// Turns console input records into the same <see cref="KeyDecoder"/> input as on Unix: key-downs become
/// <see cref="ConsoleKeyInfo"/>s (repeats repeated), releases and lone modifier keys are dropped, IME text
/// (one UTF-16 unit per event, VK_PACKET or no key) becomes key-less text whose surrogates the decoder
/// joins, an Alt+numpad character is taken from the Alt release, a buffer-size event asks for a size
/// check, and Ctrl+Plus / Ctrl+Minus change the console font size when the console allows it.
/// </summary>
/// <param name="keys">Receives the keys; owns surrogate joining and text grouping.</param>
/// <param name="resized">Called on a buffer-size event; reads the window size and posts a resize when it changed.</param>
/// <param name="changeFontSize">Steps the font size (+1 larger, -1 smaller); false when the console cannot, and the key then goes on as a key.</param>
internal sealed class ConsoleInputDecoder(KeyDecoder keys, Action resized, Func<int, bool> changeFontSize)
{
    private const ushort VkShift = 0x10;
    private const ushort VkControl = 0x11;
    private const ushort VkMenu = 0x12;
    private const ushort VkCapital = 0x14;
    private const ushort VkNumLock = 0x90;
    private const ushort VkScroll = 0x91;
    private const ushort VkPacket = 0xE7;
    private const ushort VkAdd = 0x6B;
    private const ushort VkSubtract = 0x6D;

    // The ";+" key on a JIS keyboard, "=+" on US; "-=" on JIS, "-_" on US.
    private const ushort VkOemPlus = 0xBB;
    private const ushort VkOemMinus = 0xBD;

    public void Key(KeyRecord record)
    {
        if (!record.KeyDown)
        {
            // Alt+numpad composition ends with the Alt release carrying the character.
            if (record.VirtualKeyCode == VkMenu && record.UnicodeChar != '\0')
            {
                Feed(record with { VirtualKeyCode = 0, ControlKeyState = ControlKeyStates.None });
            }

            return;
        }

        if (record.UnicodeChar == '\0' && IsModifierOnly(record.VirtualKeyCode))
        {
            return;
        }

        // Numpad keys typed with Alt held make up an Alt+numpad character; they are not keys. The cursor
        // block's arrows are enhanced keys, so Alt+Up there is still Alt+Up.
        if (HasAlt(record.ControlKeyState) && IsNumpadWhileComposing(record))
        {
            return;
        }

        if (FontStep(record) is { } step && changeFontSize(step))
        {
            return;
        }

        Feed(record);
    }

    public void BufferResized() => resized();

    /// <summary>No more records are waiting: release held text and a lone Esc.</summary>
    public void Idle() => keys.Idle();

    /// <summary>Input has ended.</summary>
    public void Flush() => keys.Flush();

    private void Feed(KeyRecord record)
    {
        var state = record.ControlKeyState;
        // Text with no key of its own (IME, VK_PACKET) is reported with no key, as ReadKey on Unix does.
        var key = record.VirtualKeyCode is 0 or VkPacket ? ConsoleKey.None : (ConsoleKey)record.VirtualKeyCode;
        var info = new ConsoleKeyInfo(
            record.UnicodeChar,
            key,
            state.HasFlag(ControlKeyStates.Shift),
            HasAlt(state),
            (state & (ControlKeyStates.LeftCtrl | ControlKeyStates.RightCtrl)) != ControlKeyStates.None);
        for (var i = 0; i < Math.Max((int)record.RepeatCount, 1); i++)
        {
            keys.Feed(info);
        }
    }

    private static int? FontStep(KeyRecord record)
    {
        var state = record.ControlKeyState;
        if ((state & (ControlKeyStates.LeftCtrl | ControlKeyStates.RightCtrl)) == ControlKeyStates.None || HasAlt(state))
        {
            return null;
        }

        return record.VirtualKeyCode switch
        {
            VkOemPlus or VkAdd => 1,
            VkOemMinus or VkSubtract => -1,
            _ => null,
        };
    }

    private static bool HasAlt(ControlKeyStates state) => (state & (ControlKeyStates.LeftAlt | ControlKeyStates.RightAlt)) != ControlKeyStates.None;

    private static bool IsModifierOnly(ushort code) => code is VkShift or VkControl or VkMenu or VkCapital or VkNumLock or VkScroll;

    private static bool IsNumpadWhileComposing(KeyRecord record)
    {
        var key = (ConsoleKey)record.VirtualKeyCode;
        if (key is >= ConsoleKey.NumPad0 and <= ConsoleKey.NumPad9 or ConsoleKey.Clear)
        {
            return true;
        }

        // With NumLock off the numpad digits arrive as these keys, without the enhanced flag.
        return key is ConsoleKey.Insert or >= ConsoleKey.PageUp and <= ConsoleKey.DownArrow
            && !record.ControlKeyState.HasFlag(ControlKeyStates.EnhancedKey);
    }
}
