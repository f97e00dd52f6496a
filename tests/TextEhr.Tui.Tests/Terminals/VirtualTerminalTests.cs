using TextEhr.Tui.Input;
using TextEhr.Tui.Terminals;
using TextEhr.Tui.Tests.Support;

namespace TextEhr.Tui.Tests.Terminals;

public sealed class VirtualTerminalTests
{
    private readonly List<InputEvent> _events = [];

    [Fact]
    public void Start_enters_full_screen_mode()
    {
        using var terminal = new VirtualTerminal();

        terminal.Start(_events.Add);

        Assert.True(terminal.Screen.AlternateScreen);
        Assert.False(terminal.Screen.AutoWrap);
        Assert.True(terminal.Screen.BracketedPaste);
        Assert.False(terminal.Screen.CursorVisible);
    }

    [Fact]
    public void Restore_leaves_the_terminal_in_its_normal_state_and_drops_later_writes()
    {
        var terminal = new VirtualTerminal();
        terminal.Start(_events.Add);
        terminal.Screen.Feed("\e[?1h\e="u8);

        terminal.Restore();
        var written = terminal.Written.Count;
        terminal.Write("late"u8);
        terminal.Dispose();

        Assert.False(terminal.Screen.AlternateScreen);
        Assert.True(terminal.Screen.AutoWrap);
        Assert.False(terminal.Screen.BracketedPaste);
        Assert.True(terminal.Screen.CursorVisible);
        Assert.False(terminal.Screen.KeypadMode);
        Assert.Equal(written, terminal.Written.Count);
    }

    [Fact]
    public void Typed_text_and_keys_are_posted_as_decoded_events()
    {
        using var terminal = new VirtualTerminal();
        terminal.Start(_events.Add);

        terminal.Type("山田 𠮷郎");
        terminal.Press(ConsoleKey.Tab, ConsoleModifiers.Shift);
        terminal.Paste("ﾔﾏﾀﾞ\nﾀﾛｳ");

        Assert.Equal(
            [
                new KeyEvent(ConsoleKey.None, "山"), new KeyEvent(ConsoleKey.None, "田"), new KeyEvent(ConsoleKey.Spacebar, " "),
                new KeyEvent(ConsoleKey.None, "𠮷"), new KeyEvent(ConsoleKey.None, "郎"),
                KeyEvent.Command(ConsoleKey.Tab, ConsoleModifiers.Shift), new PasteEvent("ﾔﾏﾀﾞ\nﾀﾛｳ"),
            ],
            _events);
    }

    [Fact]
    public void Under_TERM_linux_Shift_F2_is_posted_as_Shift_Tab()
    {
        using var terminal = new VirtualTerminal(term: "linux");
        terminal.Start(_events.Add);

        terminal.Press(ConsoleKey.F2, ConsoleModifiers.Shift);

        Assert.Equal([KeyEvent.Command(ConsoleKey.Tab, ConsoleModifiers.Shift)], _events);
    }

    [Fact]
    public void Input_scripted_before_start_is_posted_at_start()
    {
        using var terminal = new VirtualTerminal();
        terminal.Press(ConsoleKey.F5);

        terminal.Start(_events.Add);

        Assert.Equal([KeyEvent.Command(ConsoleKey.F5)], _events);
    }

    [Fact]
    public void Resize_posts_the_new_size_and_blanks_the_emulated_window()
    {
        using var terminal = new VirtualTerminal();
        terminal.Start(_events.Add);
        terminal.Write("\e[1;1Habc"u8);

        terminal.Resize(120, 40);

        Assert.Equal(new TerminalSize(120, 40), terminal.Size);
        Assert.Equal([new ResizeEvent(120, 40)], _events);
        Assert.Equal(120, terminal.Screen.Width);
        ScreenAssert.Text(string.Concat(Enumerable.Repeat("\n", 39)), terminal.Screen);
    }
}
