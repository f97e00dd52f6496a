using TextEhr.Tui.Input;
using TextEhr.Tui.Terminals.Windows;

namespace TextEhr.Tui.Tests.Terminals.Windows;

/// <summary>
/// Windows console input records, written out as conhost sends them (learn.microsoft.com
/// "KEY_EVENT_RECORD", microsoft/terminal #9052 for Alt+numpad), decoded on Linux through the same path
/// the Windows input thread uses. Not yet checked against records captured on a real PC.
/// </summary>
public sealed class ConsoleInputDecoderTests
{
    private const ushort VkShift = 0x10;
    private const ushort VkControl = 0x11;
    private const ushort VkMenu = 0x12;
    private const ushort VkPacket = 0xE7;
    private const ushort VkOemPlus = 0xBB;
    private const ushort VkOemMinus = 0xBD;
    private const ushort VkSubtract = 0x6D;

    private readonly List<InputEvent> _events = [];
    private readonly List<int> _fontSteps = [];
    private bool _fontChangeWorks = true;
    private int _resizeChecks;

    [Fact]
    public void A_letter_is_text_once_though_press_and_release_both_arrive()
    {
        Decode(Down('a', 0x41), Up('a', 0x41));

        Assert.Equal([new KeyEvent(ConsoleKey.A, "a")], _events);
    }

    [Fact]
    public void Modifier_keys_alone_are_not_keys_and_Shift_Tab_is_Tab_with_Shift()
    {
        Decode(
            Down('\0', VkShift, ControlKeyStates.Shift),
            Down('\t', 0x09, ControlKeyStates.Shift),
            Up('\t', 0x09, ControlKeyStates.Shift),
            Up('\0', VkShift));

        Assert.Equal([KeyEvent.Command(ConsoleKey.Tab, ConsoleModifiers.Shift)], _events);
    }

    [Fact]
    public void Function_keys_and_Ctrl_letters_keep_their_modifiers()
    {
        Decode(
            Down('\0', VkControl, ControlKeyStates.LeftCtrl),
            Down('\0', (ushort)ConsoleKey.F5, ControlKeyStates.LeftCtrl),
            Down('\u0003', (ushort)ConsoleKey.C, ControlKeyStates.RightCtrl),
            Down('\0', (ushort)ConsoleKey.F12),
            Down('\e', (ushort)ConsoleKey.Escape));

        Assert.Equal(
            [
                KeyEvent.Command(ConsoleKey.F5, ConsoleModifiers.Control),
                KeyEvent.Command(ConsoleKey.C, ConsoleModifiers.Control),
                KeyEvent.Command(ConsoleKey.F12),
                KeyEvent.Command(ConsoleKey.Escape),
            ],
            _events);
    }

    [Fact]
    public void IME_text_arrives_as_key_less_characters_one_event_each()
    {
        Decode(Down('山', VkPacket), Up('山', VkPacket), Down('田', 0), Up('田', 0));

        Assert.Equal([new KeyEvent(ConsoleKey.None, "山"), new KeyEvent(ConsoleKey.None, "田")], _events);
    }

    [Fact]
    public void A_surrogate_pair_in_two_records_is_one_character_and_an_IVS_stays_with_its_kanji()
    {
        Decode(
            Down('\uD842', VkPacket), Up('\uD842', VkPacket), Down('\uDFB7', VkPacket), Up('\uDFB7', VkPacket),
            Down('葛', VkPacket), Down('\uDB40', VkPacket), Down('\uDD00', VkPacket));

        Assert.Equal([new KeyEvent(ConsoleKey.None, "𠮷"), new KeyEvent(ConsoleKey.None, "葛\U000E0100")], _events);
    }

    [Fact]
    public void An_Alt_numpad_character_comes_from_the_Alt_release_and_the_digits_are_not_keys()
    {
        var alt = ControlKeyStates.LeftAlt | ControlKeyStates.NumLock;
        Decode(
            Down('\0', VkMenu, alt),
            Down('\0', (ushort)ConsoleKey.NumPad0, alt), Up('\0', (ushort)ConsoleKey.NumPad0, alt),
            Down('\0', (ushort)ConsoleKey.NumPad2, alt), Up('\0', (ushort)ConsoleKey.NumPad2, alt),
            Down('\0', (ushort)ConsoleKey.NumPad3, alt), Up('\0', (ushort)ConsoleKey.NumPad3, alt),
            Down('\0', (ushort)ConsoleKey.NumPad3, alt), Up('\0', (ushort)ConsoleKey.NumPad3, alt),
            Up('é', VkMenu, ControlKeyStates.NumLock));

        Assert.Equal([new KeyEvent(ConsoleKey.None, "é")], _events);
    }

    [Fact]
    public void Alt_with_a_cursor_block_arrow_is_a_key_but_the_numpad_arrow_is_composing()
    {
        Decode(
            Down('\0', (ushort)ConsoleKey.UpArrow, ControlKeyStates.LeftAlt | ControlKeyStates.EnhancedKey),
            Down('\0', (ushort)ConsoleKey.UpArrow, ControlKeyStates.LeftAlt));

        Assert.Equal([KeyEvent.Command(ConsoleKey.UpArrow, ConsoleModifiers.Alt)], _events);
    }

    [Fact]
    public void A_held_key_repeats_as_many_times_as_the_record_counts()
    {
        Decode(Down('\0', (ushort)ConsoleKey.DownArrow, ControlKeyStates.EnhancedKey, repeat: 3));

        Assert.Equal(Enumerable.Repeat(KeyEvent.Command(ConsoleKey.DownArrow), 3), _events);
    }

    [Fact]
    public void AltGr_characters_are_text()
    {
        Decode(Down('@', 0x51, ControlKeyStates.RightAlt | ControlKeyStates.LeftCtrl));

        Assert.Equal([new KeyEvent(ConsoleKey.Q, "@", ConsoleModifiers.Alt | ConsoleModifiers.Control)], _events);
    }

    [Fact]
    public void Ctrl_Plus_and_Ctrl_Minus_change_the_font_size_instead_of_being_keys()
    {
        Decode(
            Down('\0', VkOemPlus, ControlKeyStates.LeftCtrl),
            Down('\0', VkOemPlus, ControlKeyStates.LeftCtrl | ControlKeyStates.Shift),
            Down('\0', VkOemMinus, ControlKeyStates.RightCtrl),
            Down('\0', VkSubtract, ControlKeyStates.LeftCtrl),
            Down('-', VkOemMinus));

        Assert.Equal([1, 1, -1, -1], _fontSteps);
        Assert.Equal([new KeyEvent(ConsoleKey.OemMinus, "-")], _events);
    }

    [Fact]
    public void Where_the_font_cannot_change_Ctrl_Plus_stays_a_key()
    {
        _fontChangeWorks = false;

        Decode(Down('\0', VkOemPlus, ControlKeyStates.LeftCtrl));

        Assert.Equal([1], _fontSteps);
        Assert.Equal([KeyEvent.Command(ConsoleKey.OemPlus, ConsoleModifiers.Control)], _events);
    }

    [Fact]
    public void A_buffer_size_record_asks_for_a_size_check()
    {
        var decoder = NewDecoder();

        decoder.BufferResized();
        decoder.BufferResized();

        Assert.Equal(2, _resizeChecks);
        Assert.Empty(_events);
    }

    private void Decode(params KeyRecord[] records)
    {
        var decoder = NewDecoder();
        foreach (var record in records)
        {
            decoder.Key(record);
        }

        decoder.Idle();
    }

    private ConsoleInputDecoder NewDecoder() =>
        new(new KeyDecoder(_events.Add, "xterm"), () => _resizeChecks++, steps =>
        {
            _fontSteps.Add(steps);
            return _fontChangeWorks;
        });

    private static KeyRecord Down(char c, ushort virtualKey, ControlKeyStates state = ControlKeyStates.None, ushort repeat = 1) =>
        new(KeyDown: true, repeat, virtualKey, c, state);

    private static KeyRecord Up(char c, ushort virtualKey, ControlKeyStates state = ControlKeyStates.None) =>
        new(KeyDown: false, 1, virtualKey, c, state);
}
