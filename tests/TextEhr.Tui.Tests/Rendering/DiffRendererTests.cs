using System.Text;
using TextEhr.Tui.Rendering;
using TextEhr.Tui.Screen;

namespace TextEhr.Tui.Tests.Rendering;

public sealed class DiffRendererTests
{
    private static readonly Style Focus = new(Color.Indexed(0), Color.Indexed(11));

    [Fact]
    public void The_first_frame_clears_the_screen_inside_a_synchronized_update()
    {
        var renderer = new DiffRenderer();

        var bytes = Render(renderer, new ScreenBuffer(4, 2));

        Assert.Equal("\e[?2026h\e[0m\e[2J\e[?25l\e[?2026l", bytes);
    }

    [Fact]
    public void An_unchanged_frame_writes_nothing()
    {
        var renderer = new DiffRenderer();
        var frame = new ScreenBuffer(10, 3) { Caret = new Point(2, 1) };
        frame.Write(0, 0, "山田", Focus);
        Render(renderer, frame);

        Assert.Equal(string.Empty, Render(renderer, frame));
    }

    [Fact]
    public void A_one_cell_change_writes_a_cursor_move_and_the_cell()
    {
        var renderer = new DiffRenderer();
        var frame = new ScreenBuffer(4, 2);
        Render(renderer, frame);

        frame.Write(2, 1, "x", Style.Default);

        Assert.Equal("\e[?2026h\e[2;3Hx\e[?2026l", Render(renderer, frame));
    }

    [Fact]
    public void The_cursor_is_parked_at_the_caret_and_shown()
    {
        var renderer = new DiffRenderer();
        var frame = new ScreenBuffer(4, 2);
        Render(renderer, frame);

        frame.Caret = new Point(1, 0);
        Assert.Equal("\e[?2026h\e[1;2H\e[?25h\e[?2026l", Render(renderer, frame));

        frame.Caret = new Point(3, 1);
        Assert.Equal("\e[?2026h\e[2;4H\e[?2026l", Render(renderer, frame));

        frame.Caret = null;
        Assert.Equal("\e[?2026h\e[?25l\e[?2026l", Render(renderer, frame));
    }

    [Fact]
    public void A_caret_outside_the_screen_is_parked_at_the_nearest_cell()
    {
        var renderer = new DiffRenderer();
        Render(renderer, new ScreenBuffer(4, 2));

        var bytes = Render(renderer, new ScreenBuffer(4, 2) { Caret = new Point(9, -1) });

        Assert.Equal("\e[?2026h\e[1;4H\e[?25h\e[?2026l", bytes);
    }

    [Fact]
    public void The_cursor_returns_to_the_caret_after_drawing()
    {
        var renderer = new DiffRenderer();
        var frame = new ScreenBuffer(6, 1) { Caret = new Point(0, 0) };
        Render(renderer, frame);

        frame.Write(0, 0, "患", Style.Default);

        Assert.Equal("\e[?2026h患\e[1;1H\e[?2026l", Render(renderer, frame));
    }

    [Fact]
    public void Adjacent_cells_share_one_cursor_move_and_one_style_change()
    {
        var renderer = new DiffRenderer();
        var frame = new ScreenBuffer(8, 1);
        Render(renderer, frame);

        frame.Write(1, 0, "患者ab", Focus);

        Assert.Equal("\e[?2026h\e[1;2H\e[0;30;103m患者ab\e[?2026l", Render(renderer, frame));
    }

    [Fact]
    public void A_gap_of_unchanged_cells_is_crossed_with_a_cursor_move()
    {
        var renderer = new DiffRenderer();
        var frame = new ScreenBuffer(8, 2);
        Render(renderer, frame);

        frame.Write(0, 0, "a", Style.Default);
        frame.Write(5, 0, "b", Style.Default);
        frame.Write(0, 1, "c", Style.Default);

        Assert.Equal("\e[?2026h\e[1;1Ha\e[1;6Hb\e[2;1Hc\e[?2026l", Render(renderer, frame));
    }

    [Fact]
    public void A_new_row_starts_with_a_cursor_move()
    {
        var renderer = new DiffRenderer();
        var frame = new ScreenBuffer(3, 2);
        Render(renderer, frame);

        frame.Write(0, 0, "abc", Style.Default);
        frame.Write(0, 1, "d", Style.Default);

        Assert.Equal("\e[?2026h\e[1;1Habc\e[2;1Hd\e[?2026l", Render(renderer, frame));
    }

    [Theory]
    [InlineData(TextAttributes.Bold | TextAttributes.Underline | TextAttributes.Reverse, "\e[0;1;4;7m")]
    [InlineData(TextAttributes.None, "\e[0;38;5;200;48;2;1;2;3m")]
    public void Styles_are_written_from_a_reset(TextAttributes attributes, string sgr)
    {
        var style = attributes == TextAttributes.None
            ? new Style(Color.Indexed(200), Color.Rgb(1, 2, 3))
            : new Style(Color.Default, Color.Default, attributes);
        var renderer = new DiffRenderer();
        var frame = new ScreenBuffer(2, 1);
        Render(renderer, frame);

        frame.Write(0, 0, "x", style);

        Assert.Equal($"\e[?2026h\e[1;1H{sgr}x\e[?2026l", Render(renderer, frame));
    }

    [Fact]
    public void Only_the_changed_cell_is_rewritten_when_text_is_edited()
    {
        var renderer = new DiffRenderer();
        var frame = new ScreenBuffer(10, 1);
        frame.Write(0, 0, "山田太郎", Focus);
        Render(renderer, frame);

        frame.Write(4, 0, "花", Focus);

        Assert.Equal("\e[?2026h\e[1;5H花\e[?2026l", Render(renderer, frame));
    }

    [Fact]
    public void FullRepaint_clears_and_redraws_everything()
    {
        var renderer = new DiffRenderer();
        var frame = new ScreenBuffer(4, 1);
        frame.Write(0, 0, "ab", Style.Default);
        Render(renderer, frame);

        renderer.FullRepaint();

        Assert.Equal("\e[?2026h\e[0m\e[2J\e[1;1Hab\e[?25l\e[?2026l", Render(renderer, frame));
    }

    [Fact]
    public void A_frame_of_another_size_is_a_full_repaint()
    {
        var renderer = new DiffRenderer();
        Render(renderer, new ScreenBuffer(4, 1));

        var bytes = Render(renderer, new ScreenBuffer(6, 2));

        Assert.StartsWith("\e[?2026h\e[0m\e[2J", bytes, StringComparison.Ordinal);
    }

    private static string Render(DiffRenderer renderer, ScreenBuffer frame) => Encoding.UTF8.GetString(renderer.Render(frame));
}
