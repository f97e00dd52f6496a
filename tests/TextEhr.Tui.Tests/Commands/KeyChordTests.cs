using TextEhr.Tui.Commands;
using TextEhr.Tui.Input;

namespace TextEhr.Tui.Tests.Commands;

public sealed class KeyChordTests
{
    [Theory]
    [InlineData("F1", ConsoleKey.F1, ConsoleModifiers.None)]
    [InlineData("f12", ConsoleKey.F12, ConsoleModifiers.None)]
    [InlineData("Ctrl+L", ConsoleKey.L, ConsoleModifiers.Control)]
    [InlineData("control+n", ConsoleKey.N, ConsoleModifiers.Control)]
    [InlineData("Shift+Tab", ConsoleKey.Tab, ConsoleModifiers.Shift)]
    [InlineData("Esc", ConsoleKey.Escape, ConsoleModifiers.None)]
    [InlineData("Alt+Shift+F5", ConsoleKey.F5, ConsoleModifiers.Alt | ConsoleModifiers.Shift)]
    [InlineData("Ctrl + 1", ConsoleKey.D1, ConsoleModifiers.Control)]
    [InlineData("PgDn", ConsoleKey.PageDown, ConsoleModifiers.None)]
    public void Key_names_are_read_whatever_their_case(string text, ConsoleKey key, ConsoleModifiers modifiers)
    {
        Assert.True(KeyChord.TryParse(text, out var chord));
        Assert.Equal(new KeyChord(key, modifiers), chord);
    }

    [Theory]
    [InlineData("")]
    [InlineData("F13")]
    [InlineData("F0")]
    [InlineData("Ctrl+")]
    [InlineData("Hyper+A")]
    [InlineData("Ctrl+Ctrl+A")]
    [InlineData("変換")]
    public void Anything_else_is_not_a_key(string text) => Assert.False(KeyChord.TryParse(text, out _));

    [Theory]
    [InlineData("F10")]
    [InlineData("Ctrl+S")]
    [InlineData("Ctrl+Alt+Shift+Delete")]
    [InlineData("Shift+Tab")]
    [InlineData("Esc")]
    [InlineData("Enter")]
    [InlineData("7")]
    public void Names_print_as_they_are_read(string text) => Assert.Equal(text, KeyChord.Parse(text).ToString());

    [Fact]
    public void A_decoded_key_event_is_its_chord()
    {
        Assert.Equal(KeyChord.Ctrl(ConsoleKey.L), KeyChord.Of(KeyEvent.Command(ConsoleKey.L, ConsoleModifiers.Control)));
        Assert.True(KeyChord.Function(12).IsFunctionKey);
        Assert.False(KeyChord.Ctrl(ConsoleKey.K).IsFunctionKey);
    }
}
