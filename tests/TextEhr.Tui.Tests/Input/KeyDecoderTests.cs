using TextEhr.Tui.Input;
using TextEhr.Tui.Tests.Support;

namespace TextEhr.Tui.Tests.Input;

public sealed class KeyDecoderTests
{
    private readonly List<InputEvent> _events = [];

    [Fact]
    public void Typed_kanji_become_one_text_event_each()
    {
        Decode("xterm-256color", Keys.Of('山'), Keys.Of('田'), Keys.Of('太'), Keys.Of('郎'));

        Assert.Equal([Text("山"), Text("田"), Text("太"), Text("郎")], _events);
    }

    [Fact]
    public void A_surrogate_pair_arriving_as_two_keys_is_joined()
    {
        Decode("xterm-256color", Keys.Of('\uD842'), Keys.Of('\uDFB7'), Keys.Of('郎'));

        Assert.Equal([Text("𠮷"), Text("郎")], _events);
    }

    [Fact]
    public void An_ideographic_variation_selector_stays_with_its_kanji()
    {
        Decode("xterm-256color", Keys.Of('葛'), Keys.Of('\uDB40'), Keys.Of('\uDD00'), Keys.Of('飾'));

        Assert.Equal([Text("葛\U000E0100"), Text("飾")], _events);
    }

    [Fact]
    public void A_combining_mark_arriving_separately_joins_the_text_before_it()
    {
        Decode("xterm-256color", Keys.Of('か'), Keys.Of('\u3099'));

        Assert.Equal([Text("か\u3099")], _events);
    }

    [Fact]
    public void Half_width_voiced_mark_is_a_character_of_its_own()
    {
        Decode("xterm-256color", Keys.Of('ﾀ'), Keys.Of('ﾞ'));

        Assert.Equal([Text("ﾀ"), Text("ﾞ")], _events);
    }

    [Fact]
    public void Text_is_held_only_until_input_is_idle()
    {
        var decoder = new KeyDecoder(_events.Add, "xterm-256color");

        decoder.Feed(Keys.Of('山'));
        Assert.Empty(_events);

        decoder.Idle();
        Assert.Equal([Text("山")], _events);
    }

    [Fact]
    public void A_lone_high_surrogate_becomes_the_replacement_character()
    {
        Decode("xterm-256color", Keys.Of('\uD842'), Keys.Of('a', ConsoleKey.A));

        Assert.Equal([Text("\uFFFD"), new KeyEvent(ConsoleKey.A, "a")], _events);
    }

    [Fact]
    public void A_lone_escape_stays_escape()
    {
        Decode("xterm-256color", Keys.Of('\e', ConsoleKey.Escape));

        Assert.Equal([KeyEvent.Command(ConsoleKey.Escape)], _events);
    }

    [Fact]
    public void Escape_then_text_that_is_not_a_paste_marker_keeps_its_order()
    {
        Decode("xterm-256color", Keys.Of('山'), Keys.Of('\e', ConsoleKey.Escape), Keys.Of('['), Keys.Of('2', ConsoleKey.D2), Keys.Of('x', ConsoleKey.X));

        Assert.Equal(
            [Text("山"), KeyEvent.Command(ConsoleKey.Escape), Text("["), new KeyEvent(ConsoleKey.D2, "2"), new KeyEvent(ConsoleKey.X, "x")],
            _events);
    }

    [Fact]
    public void Two_escapes_are_two_escape_keys()
    {
        Decode("xterm-256color", Keys.Of('\e', ConsoleKey.Escape), Keys.Of('\e', ConsoleKey.Escape));

        Assert.Equal([KeyEvent.Command(ConsoleKey.Escape), KeyEvent.Command(ConsoleKey.Escape)], _events);
    }

    [Theory]
    [InlineData("linux", ConsoleKey.Tab)]
    [InlineData("vt100", ConsoleKey.Tab)]
    [InlineData("dumb", ConsoleKey.Tab)]
    [InlineData(null, ConsoleKey.Tab)]
    [InlineData("no-such-terminal", ConsoleKey.Tab)]
    [InlineData("xterm-256color", ConsoleKey.F2)]
    [InlineData("tmux-256color", ConsoleKey.F2)]
    [InlineData("screen", ConsoleKey.F2)]
    public void Shift_F2_is_read_as_Shift_Tab_where_terminfo_makes_dotnet_report_it_so(string? term, ConsoleKey expected)
    {
        Decode(term, Keys.Key(ConsoleKey.F2, ConsoleModifiers.Shift));

        Assert.Equal([KeyEvent.Command(expected, ConsoleModifiers.Shift)], _events);
    }

    [Fact]
    public void Shift_Tab_is_Shift_Tab_on_every_terminal()
    {
        Decode("linux", Keys.Of('\t', ConsoleKey.Tab, ConsoleModifiers.Shift));

        Assert.Equal([KeyEvent.Command(ConsoleKey.Tab, ConsoleModifiers.Shift)], _events);
    }

    [Theory]
    [MemberData(nameof(FunctionKeys))]
    public void Function_keys_keep_their_modifiers(ConsoleKey key, ConsoleModifiers modifiers)
    {
        Decode("xterm-256color", Keys.Key(key, modifiers));

        Assert.Equal([KeyEvent.Command(key, modifiers)], _events);
    }

    public static TheoryData<ConsoleKey, ConsoleModifiers> FunctionKeys()
    {
        var data = new TheoryData<ConsoleKey, ConsoleModifiers>();
        ConsoleModifiers[] modifiers =
        [
            ConsoleModifiers.None, ConsoleModifiers.Shift, ConsoleModifiers.Control, ConsoleModifiers.Alt,
            ConsoleModifiers.Control | ConsoleModifiers.Shift,
        ];
        for (var key = ConsoleKey.F1; key <= ConsoleKey.F12; key++)
        {
            foreach (var modifier in modifiers.Where(m => key != ConsoleKey.F2 || m != ConsoleModifiers.Shift))
            {
                data.Add(key, modifier);
            }
        }

        return data;
    }

    [Theory]
    [InlineData('a', ConsoleKey.A, ConsoleModifiers.Alt)]
    [InlineData('A', ConsoleKey.A, ConsoleModifiers.Alt | ConsoleModifiers.Shift)]
    [InlineData('1', ConsoleKey.D1, ConsoleModifiers.Alt)]
    [InlineData('\r', ConsoleKey.Enter, ConsoleModifiers.Alt)]
    [InlineData('\u0003', ConsoleKey.C, ConsoleModifiers.Control)]
    [InlineData('\u0013', ConsoleKey.S, ConsoleModifiers.Control)]
    [InlineData('\n', ConsoleKey.Enter, ConsoleModifiers.Control)]
    [InlineData('\b', ConsoleKey.Backspace, ConsoleModifiers.Control)]
    [InlineData('\u007F', ConsoleKey.Backspace, ConsoleModifiers.None)]
    [InlineData('\r', ConsoleKey.Enter, ConsoleModifiers.None)]
    [InlineData('\t', ConsoleKey.Tab, ConsoleModifiers.None)]
    [InlineData('\0', ConsoleKey.LeftArrow, ConsoleModifiers.Control | ConsoleModifiers.Shift)]
    public void Command_keys_carry_no_text(char keyChar, ConsoleKey key, ConsoleModifiers modifiers)
    {
        Decode("xterm-256color", Keys.Of(keyChar, key, modifiers));

        Assert.Equal([KeyEvent.Command(key, modifiers)], _events);
    }

    [Theory]
    [InlineData('\u0003', ConsoleKey.None, ConsoleKey.C)]
    [InlineData('\u0001', ConsoleKey.None, ConsoleKey.A)]
    [InlineData('\u001A', ConsoleKey.Z, ConsoleKey.Z)]
    public void A_control_character_is_named_as_Ctrl_and_its_letter(char keyChar, ConsoleKey reported, ConsoleKey expected)
    {
        Decode("xterm-256color", Keys.Of(keyChar, reported));

        Assert.Equal([KeyEvent.Command(expected, ConsoleModifiers.Control)], _events);
    }

    [Fact]
    public void Shifted_letters_and_AltGr_characters_are_text()
    {
        Decode("xterm-256color", Keys.Of('A', ConsoleKey.A, ConsoleModifiers.Shift), Keys.Of('@', ConsoleKey.Q, ConsoleModifiers.Control | ConsoleModifiers.Alt));

        Assert.Equal([new KeyEvent(ConsoleKey.A, "A", ConsoleModifiers.Shift), new KeyEvent(ConsoleKey.Q, "@", ConsoleModifiers.Control | ConsoleModifiers.Alt)], _events);
    }

    [Fact]
    public void A_key_that_names_nothing_is_dropped()
    {
        Decode("xterm-256color", Keys.Of('\0'));

        Assert.Empty(_events);
    }

    private static KeyEvent Text(string text) => new(ConsoleKey.None, text);

    private void Decode(string? term, params ConsoleKeyInfo[] keys)
    {
        var decoder = new KeyDecoder(_events.Add, term);
        foreach (var key in keys)
        {
            decoder.Feed(key);
        }

        decoder.Idle();
    }
}
