using TextEhr.Tui.Input;

namespace TextEhr.Tui.Tests.Input;

public sealed class TerminalNamesTests
{
    [Theory]
    [InlineData("linux", true)]
    [InlineData("vt100", true)]
    [InlineData("dumb", true)]
    [InlineData("", true)]
    [InlineData(null, true)]
    [InlineData("stterm", true)]
    [InlineData("xterm", false)]
    [InlineData("xterm-256color", false)]
    [InlineData("tmux-256color", false)]
    [InlineData("screen.xterm-256color", false)]
    [InlineData("rxvt-unicode-256color", false)]
    [InlineData("st-256color", false)]
    public void Shift_Tab_arrives_as_Shift_F2_outside_the_known_terminal_families(string? term, bool expected)
    {
        Assert.Equal(expected, TerminalNames.ReadShiftTabAsShiftF2(term));
    }
}
