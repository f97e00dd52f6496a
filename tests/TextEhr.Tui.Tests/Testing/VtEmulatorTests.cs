using System.Text;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Testing;
using TextEhr.Tui.Tests.Support;
using TextEhr.Tui.Text;

namespace TextEhr.Tui.Tests.Testing;

public sealed class VtEmulatorTests
{
    [Fact]
    public void Text_is_placed_at_the_cursor_by_cell_width()
    {
        var terminal = Replay(8, 2, "\e[2;2H患ab");

        ScreenAssert.Text("\n 患ab", terminal);
        Assert.Equal(new Point(5, 1), terminal.Cursor);
        Assert.True(terminal[2, 1].IsContinuation);
    }

    [Fact]
    public void Writing_over_half_of_a_wide_glyph_erases_the_other_half()
    {
        var terminal = Replay(8, 1, "患者\e[1;2Hx\e[1;4H山");

        ScreenAssert.Text(" x 山", terminal);
    }

    [Fact]
    public void A_wide_glyph_one_cell_off_erases_both_outer_halves()
    {
        var terminal = Replay(8, 1, "患者\e[1;2H山");

        ScreenAssert.Text(" 山 ", terminal);
    }

    [Fact]
    public void Marks_and_variation_selectors_join_the_glyph_just_written()
    {
        var terminal = Replay(8, 1, "か\u3099葛\U000E0100ﾀﾞ");

        Assert.Equal("か\u3099", terminal[0, 0].Text);
        Assert.Equal("葛\U000E0100", terminal[2, 0].Text);
        Assert.Equal("ﾞ", terminal[5, 0].Text);
    }

    [Fact]
    public void Without_auto_wrap_the_cursor_stays_in_the_last_column()
    {
        var terminal = Replay(3, 1, "\e[?7labcd");

        ScreenAssert.Text("abd", terminal);
        Assert.Equal(new Point(2, 0), terminal.Cursor);
    }

    [Fact]
    public void SGR_sets_attributes_and_256_and_rgb_colours()
    {
        var terminal = Replay(4, 1, "\e[0;1;4;7;93;48;5;200ma\e[0;38;2;1;2;3;44mb\e[22;24;27;39;49mc");

        Assert.Equal(new Style(Color.Indexed(11), Color.Indexed(200), TextAttributes.Bold | TextAttributes.Underline | TextAttributes.Reverse), terminal[0, 0].Style);
        Assert.Equal(new Style(Color.Rgb(1, 2, 3), Color.Indexed(4)), terminal[1, 0].Style);
        Assert.Equal(Style.Default, terminal[2, 0].Style);
    }

    [Fact]
    public void Erase_in_display_and_in_line_blank_cells()
    {
        var terminal = Replay(4, 3, "abcd\e[2;1Hefgh\e[3;1Hijkl\e[2;3H\e[K\e[1;2H\e[1K\e[3;3H\e[J");

        ScreenAssert.Text("  cd\nef\nij", terminal);

        terminal.Feed("\e[2J"u8);
        ScreenAssert.Text("\n\n", terminal);
    }

    [Fact]
    public void Synchronized_output_markers_are_accepted_and_change_nothing()
    {
        var terminal = Replay(4, 1, "\e[?2026hab\e[?2026l");

        ScreenAssert.Text("ab", terminal);
    }

    [Fact]
    public void Ambiguous_characters_take_two_cells_on_a_wide_ambiguous_terminal()
    {
        var terminal = new VtEmulator(4, 1, AmbiguousWidth.Wide);

        terminal.Feed(Encoding.UTF8.GetBytes("①x"));

        Assert.True(terminal[1, 0].IsContinuation);
        Assert.Equal("x", terminal[2, 0].Text);
    }

    [Theory]
    [InlineData("a\nb")]
    [InlineData("\e[5n")]
    [InlineData("\e[?1000h")]
    [InlineData("\e[1;4H山")]
    [InlineData("\u0301")]
    [InlineData("\e7")]
    public void Output_a_renderer_must_never_send_is_refused(string bytes)
    {
        Assert.Throws<NotSupportedException>(() => Replay(4, 1, bytes));
    }

    [Fact]
    public void A_sequence_split_across_writes_is_still_understood()
    {
        var terminal = new VtEmulator(4, 1);
        var bytes = Encoding.UTF8.GetBytes("\e[1;2H患");

        terminal.Feed(bytes.AsSpan(0, 3));
        terminal.Feed(bytes.AsSpan(3, 5));
        terminal.Feed(bytes.AsSpan(8));

        ScreenAssert.Text(" 患", terminal);
    }

    private static VtEmulator Replay(int width, int height, string output)
    {
        var terminal = new VtEmulator(width, height);
        terminal.Feed(Encoding.UTF8.GetBytes(output));
        return terminal;
    }
}
