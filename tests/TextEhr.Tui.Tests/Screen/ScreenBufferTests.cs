using TextEhr.Tui.Screen;
using TextEhr.Tui.Tests.Support;
using TextEhr.Tui.Text;

namespace TextEhr.Tui.Tests.Screen;

public sealed class ScreenBufferTests
{
    private static readonly Style Plain = Style.Default;
    private static readonly Style Focus = new(Color.Indexed(0), Color.Indexed(11));
    private static readonly Style Warning = new(Color.Rgb(255, 255, 255), Color.Rgb(200, 0, 0), TextAttributes.Bold);

    [Fact]
    public void A_wide_glyph_takes_its_cell_and_a_continuation_cell()
    {
        var screen = new ScreenBuffer(6, 1);

        var end = screen.Write(1, 0, "患者", Focus);

        Assert.Equal(5, end);
        Assert.Equal(new Cell("患", Focus, 2), screen[1, 0]);
        Assert.Equal(new Cell(string.Empty, Focus, 0), screen[2, 0]);
        ScreenAssert.Text(" 患者", screen);
        ScreenAssert.Styles("011110", screen, Plain, Focus);
    }

    [Fact]
    public void Writing_over_the_left_half_of_a_wide_glyph_blanks_its_right_half()
    {
        var screen = new ScreenBuffer(6, 1);
        screen.Write(0, 0, "患者", Focus);

        screen.Write(2, 0, "x", Plain);

        ScreenAssert.Text("患x ", screen);
        ScreenAssert.Styles("110100", screen, Plain, Focus);
    }

    [Fact]
    public void Writing_over_the_right_half_of_a_wide_glyph_blanks_its_left_half()
    {
        var screen = new ScreenBuffer(6, 1);
        screen.Write(0, 0, "患者", Focus);

        screen.Write(1, 0, "x", Plain);

        ScreenAssert.Text(" x者", screen);
        ScreenAssert.Styles("101100", screen, Plain, Focus);
    }

    [Fact]
    public void A_wide_glyph_one_cell_off_blanks_the_outer_halves_of_both_glyphs_it_covers()
    {
        var screen = new ScreenBuffer(6, 1);
        screen.Write(0, 0, "患者", Focus);

        screen.Write(1, 0, "山", Warning);

        ScreenAssert.Text(" 山 ", screen);
        ScreenAssert.Styles("122100", screen, Plain, Focus, Warning);
    }

    [Fact]
    public void A_wide_glyph_in_the_last_column_is_written_as_a_space()
    {
        var screen = new ScreenBuffer(5, 1);

        var end = screen.Write(2, 0, "山田", Focus);

        Assert.Equal(6, end);
        ScreenAssert.Text("  山 ", screen);
        ScreenAssert.Styles("00111", screen, Plain, Focus);
    }

    [Fact]
    public void A_kanji_name_clipped_at_an_odd_column_ends_in_a_space()
    {
        var screen = new ScreenBuffer(10, 1);
        screen.Write(0, 0, "##########", Plain);

        screen.Write(1, 0, "山田太郎", Focus, new Rect(1, 0, 5, 1));

        ScreenAssert.Text("#山田 ####", screen);
        ScreenAssert.Styles("0111110000", screen, Plain, Focus);
    }

    [Fact]
    public void Text_scrolled_left_past_the_clip_shows_a_space_for_a_cut_wide_glyph()
    {
        var screen = new ScreenBuffer(8, 1);

        var end = screen.Write(-1, 0, "山田ab", Focus, new Rect(0, 0, 8, 1));

        Assert.Equal(5, end);
        ScreenAssert.Text(" 田ab", screen);
    }

    [Fact]
    public void Clipping_an_overwrite_still_blanks_the_half_outside_the_clip()
    {
        var screen = new ScreenBuffer(6, 1);
        screen.Write(0, 0, "患者", Focus);

        screen.Write(1, 0, "xy", Plain, new Rect(1, 0, 1, 1));

        ScreenAssert.Text(" x者", screen);
    }

    [Fact]
    public void Rows_outside_the_clip_are_untouched_but_the_end_column_is_still_reported()
    {
        var screen = new ScreenBuffer(6, 2);

        var end = screen.Write(0, 1, "患者", Focus, new Rect(0, 0, 6, 1));

        Assert.Equal(4, end);
        ScreenAssert.Text("\n", screen);
    }

    [Fact]
    public void Marks_stay_in_their_cell_and_controls_are_dropped()
    {
        var screen = new ScreenBuffer(8, 1);

        var end = screen.Write(0, 0, "か\u3099\e[2J葛\U000E0100\u0007ﾀﾞ", Plain);

        Assert.Equal(9, end);
        Assert.Equal("か\u3099", screen[0, 0].Text);
        Assert.Equal("[", screen[2, 0].Text);
        Assert.Equal("葛\U000E0100", screen[5, 0].Text);
        ScreenAssert.Text("か\u3099[2J葛\U000E0100ﾀ", screen);
    }

    [Fact]
    public void A_mark_with_nothing_to_sit_on_is_dropped()
    {
        var screen = new ScreenBuffer(4, 1);

        var end = screen.Write(0, 0, "\u3099ab", Plain);

        Assert.Equal(2, end);
        ScreenAssert.Text("ab", screen);
    }

    [Fact]
    public void A_lone_surrogate_is_stored_as_the_replacement_character()
    {
        var screen = new ScreenBuffer(4, 1);

        screen.Write(0, 0, "a\uD842b", Plain);

        Assert.Equal("\uFFFD", screen[1, 0].Text);
    }

    [Fact]
    public void Ambiguous_characters_take_two_cells_on_a_wide_ambiguous_terminal()
    {
        var screen = new ScreenBuffer(6, 1, AmbiguousWidth.Wide);

        var end = screen.Write(0, 0, "①※x", Plain);

        Assert.Equal(5, end);
        Assert.True(screen[1, 0].IsContinuation);
    }

    [Fact]
    public void Fill_blanks_an_area_and_the_halves_of_wide_glyphs_it_cuts()
    {
        var screen = new ScreenBuffer(8, 2);
        screen.Write(0, 0, "山田太郎", Focus);
        screen.Write(0, 1, "山田太郎", Focus);

        screen.Fill(new Rect(1, 0, 4, 1), Warning);

        ScreenAssert.Text(
            """
                  郎
            山田太郎
            """,
            screen);
        ScreenAssert.Styles(
            """
            12222111
            11111111
            """,
            screen,
            Plain,
            Focus,
            Warning);
    }

    [Fact]
    public void Clear_blanks_everything_in_one_style()
    {
        var screen = new ScreenBuffer(3, 2);
        screen.Write(0, 0, "患者", Focus);

        screen.Clear(Warning);

        ScreenAssert.Text("\n", screen);
        ScreenAssert.Styles("222\n222", screen, Plain, Focus, Warning);
    }

    [Fact]
    public void CopyTo_copies_cells_and_caret()
    {
        var screen = new ScreenBuffer(4, 1) { Caret = new Point(2, 0) };
        screen.Write(0, 0, "患者", Focus);
        var copy = new ScreenBuffer(4, 1);

        screen.CopyTo(copy);

        ScreenAssert.Text("患者", copy);
        Assert.Equal(new Point(2, 0), copy.Caret);
        Assert.Throws<ArgumentException>(() => screen.CopyTo(new ScreenBuffer(5, 1)));
    }
}
