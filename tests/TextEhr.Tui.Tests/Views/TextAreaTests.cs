using TextEhr.Tui.Screen;
using TextEhr.Tui.Tests.Support;
using TextEhr.Tui.Views;

namespace TextEhr.Tui.Tests.Views;

public sealed class TextAreaTests
{
    private const string Paragraph = "本日の血圧は132/78で安定。HbA1cは6.4%に改善したため、メトホルミンは同量で継続する。";

    [Fact]
    public void A_long_Japanese_paragraph_wraps_by_cells_and_never_splits_a_kanji()
    {
        var area = new TextArea { Text = Paragraph };

        var screen = Render.View(area, 15, 7);

        ScreenAssert.Text(
            """
            本日の血圧は132
            /78で安定。HbA1
            cは6.4%に改善し
            たため、メトホ
            ルミンは同量で
            継続する。

            """,
            screen);
        Assert.Equal(6, area.LineCount);
    }

    [Fact]
    public void Up_and_Down_move_by_visual_line_and_keep_the_column_in_cells()
    {
        var area = new TextArea { Text = Paragraph, HasFocus = true, Bounds = new Rect(0, 0, 15, 7) };
        Assert.Equal((5, 10), area.CaretPosition);

        Drive.Press(area, ConsoleKey.UpArrow);
        Assert.Equal((4, 10), area.CaretPosition);
        Drive.Press(area, ConsoleKey.UpArrow);
        Assert.Equal((3, 10), area.CaretPosition);

        // Line 2 is "cは6.4%に改善し": cell 10 is inside 改 (cells 9–10), so the caret stops before it…
        Drive.Press(area, ConsoleKey.UpArrow);
        Assert.Equal((2, 9), area.CaretPosition);
        Drive.Press(area, ConsoleKey.UpArrow);
        Assert.Equal((1, 9), area.CaretPosition);
        Drive.Press(area, ConsoleKey.DownArrow);
        Assert.Equal((2, 9), area.CaretPosition);

        // …but the column aimed at is still 10.
        Drive.Press(area, ConsoleKey.DownArrow);
        Assert.Equal((3, 10), area.CaretPosition);
        Assert.Equal(new Point(10, 3), area.Caret);
    }

    [Fact]
    public void Enter_and_a_paste_insert_line_breaks()
    {
        var area = new TextArea { HasFocus = true, Bounds = new Rect(0, 0, 20, 4) };

        Drive.Type(area, "S) 著変なし");
        Drive.Press(area, ConsoleKey.Enter);
        Drive.Paste(area, "O) BP 120/70\nA) 安定");

        Assert.Equal("S) 著変なし\nO) BP 120/70\nA) 安定", area.Text);
        Assert.Equal((2, 7), area.CaretPosition);
        ScreenAssert.Text("S) 著変なし\nO) BP 120/70\nA) 安定\n", Render.Again(area, new ScreenBuffer(20, 4)));
    }

    [Fact]
    public void Several_thousand_characters_scroll_to_keep_the_caret_in_view()
    {
        var text = string.Concat(Enumerable.Repeat("患者は高血圧で通院中。", 300));
        var area = new TextArea { Text = text, HasFocus = true, Bounds = new Rect(0, 0, 40, 10) };
        var screen = new ScreenBuffer(40, 10);

        Render.Again(area, screen);
        Assert.Equal(3300, text.Length);
        // 300 × 22 cells fill 165 lines of 40 exactly; the caret after them starts a 166th row.
        Assert.Equal(165, area.LineCount);
        Assert.Equal(156, area.TopLine);
        Assert.Equal(new Point(0, 9), area.Caret);

        Drive.Press(area, ConsoleKey.Home, ConsoleModifiers.Control);
        Render.Again(area, screen);
        Assert.Equal(0, area.TopLine);
        Assert.Equal("患者は高血圧で通院中。患者は高血圧で通院", screen.RowText(0));
    }

    [Fact]
    public void A_caret_after_a_full_last_line_sits_at_the_start_of_the_next_row()
    {
        var area = new TextArea { Text = "山田太郎", HasFocus = true, Bounds = new Rect(0, 0, 8, 3) };

        Assert.Equal((1, 0), area.CaretPosition);
        Assert.Equal(new Point(0, 1), area.Caret);
    }

    [Fact]
    public void Read_only_text_scrolls_with_the_arrows_and_shows_no_caret()
    {
        var area = new TextArea { Text = "1\n2\n3\n4\n5", ReadOnly = true, HasFocus = true, Bounds = new Rect(0, 0, 5, 2) };

        Drive.Press(area, ConsoleKey.DownArrow, 2);
        Drive.Type(area, "x");

        Assert.Equal(2, area.TopLine);
        Assert.Equal("1\n2\n3\n4\n5", area.Text);
        Assert.Null(area.Caret);
        ScreenAssert.Text("3\n4", Render.Again(area, new ScreenBuffer(5, 2)));
    }
}
