using System.Text;
using TextEhr.Tui.Terminals;

namespace TextEhr.Tui.Tests.Terminals;

public sealed class TerminalModesTests
{
    [Fact]
    public void Entry_turns_on_the_alternate_screen_no_wrap_bracketed_paste_and_hides_the_cursor()
    {
        Assert.Equal("\e[?1049h\e[?7l\e[?2004h\e[?25l", Encoding.ASCII.GetString(TerminalModes.Enter));
    }

    [Fact]
    public void Exit_ends_by_turning_cursor_key_and_keypad_modes_off()
    {
        Assert.Equal("\e[0m\e[?2004l\e[?7h\e[?25h\e[?1049l\e[?1l\e>", Encoding.ASCII.GetString(TerminalModes.Exit));
    }
}
