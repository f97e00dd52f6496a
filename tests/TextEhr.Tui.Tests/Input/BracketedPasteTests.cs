using TextEhr.Tui.Input;
using TextEhr.Tui.Testing;
using TextEhr.Tui.Tests.Support;

namespace TextEhr.Tui.Tests.Input;

public sealed class BracketedPasteTests
{
    private readonly List<InputEvent> _events = [];

    [Fact]
    public void Six_keys_text_and_six_keys_become_one_paste_event()
    {
        // Enter arrives for each line break; 𠮷 arrives as its two surrogates.
        ConsoleKeyInfo[] text = [Keys.Of('山'), Keys.Of('田'), Keys.Of('\r', ConsoleKey.Enter), Keys.Of('\uD842'), Keys.Of('\uDFB7'), Keys.Of('郎')];

        var decoder = Decode([.. Keys.PasteMarker(start: true), .. text, .. Keys.PasteMarker(start: false)]);

        Assert.Equal([new PasteEvent("山田\n𠮷郎")], _events);
        Assert.False(decoder.IsPasting);
    }

    [Fact]
    public void Pasted_text_is_normalised_to_NFC_with_line_feeds_and_no_controls()
    {
        // CR LF as a terminal may send it: Enter, then Ctrl+J.
        ConsoleKeyInfo[] crLf = [Keys.Of('\r', ConsoleKey.Enter), Keys.Of('\n', ConsoleKey.Enter, ConsoleModifiers.Control)];

        Decode([.. Keys.PasteMarker(start: true), .. KeyScript.Type("か\u3099"), .. crLf, .. KeyScript.Type("A\tB\u0007\e[31m\n"), .. Keys.PasteMarker(start: false)]);

        Assert.Equal([new PasteEvent("が\nA B[31m\n")], _events);
    }

    [Fact]
    public void Text_typed_before_a_paste_comes_first()
    {
        Decode([Keys.Of('山'), .. KeyScript.Paste("田"), Keys.Of('x', ConsoleKey.X)]);

        Assert.Equal([new KeyEvent(ConsoleKey.None, "山"), new PasteEvent("田"), new KeyEvent(ConsoleKey.X, "x")], _events);
    }

    [Fact]
    public void A_paste_waits_for_its_end_marker_across_idle_moments()
    {
        var decoder = Decode([.. Keys.PasteMarker(start: true), Keys.Of('山')]);

        Assert.Empty(_events);
        Assert.True(decoder.IsPasting);

        Feed(decoder, [Keys.Of('\e', ConsoleKey.Escape), Keys.Of('[')]);
        decoder.Idle();
        Feed(decoder, [Keys.Of('2', ConsoleKey.D2), Keys.Of('0', ConsoleKey.D0), Keys.Of('1', ConsoleKey.D1), Keys.Of('~')]);

        Assert.Equal([new PasteEvent("山")], _events);
    }

    [Fact]
    public void Flush_delivers_a_paste_whose_end_marker_never_came()
    {
        var decoder = Decode([.. Keys.PasteMarker(start: true), Keys.Of('山'), Keys.Of('\e', ConsoleKey.Escape)]);

        decoder.Flush();

        Assert.Equal([new PasteEvent("山")], _events);
        Assert.False(decoder.IsPasting);
    }

    [Fact]
    public void An_empty_paste_is_no_event()
    {
        Decode(KeyScript.Paste("\u0007"));

        Assert.Empty(_events);
    }

    private KeyDecoder Decode(IEnumerable<ConsoleKeyInfo> keys)
    {
        var decoder = new KeyDecoder(_events.Add, "xterm-256color");
        Feed(decoder, keys);
        decoder.Idle();
        return decoder;
    }

    private static void Feed(KeyDecoder decoder, IEnumerable<ConsoleKeyInfo> keys)
    {
        foreach (var key in keys)
        {
            decoder.Feed(key);
        }
    }
}
