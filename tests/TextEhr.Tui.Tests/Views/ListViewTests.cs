using TextEhr.Tui.Gallery;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Tests.Support;
using TextEhr.Tui.Views;

namespace TextEhr.Tui.Tests.Views;

public sealed class ListViewTests
{
    private readonly CountingPatients _patients = new();
    private readonly ScreenBuffer _screen = new(30, 6);

    [Fact]
    public void Only_the_rows_in_view_are_fetched()
    {
        var list = NewList();

        Render.Again(list, _screen);

        Assert.Equal(5, _patients.Fetched);
        ScreenAssert.Text(
            """
            絞り込み:            100,000件
            >ヤマダ 000000
             ヤマモト 000001
             ヤギ 000002
             サトウ 000003
             スズキ 000004
            """,
            _screen);
        ScreenAssert.Styles(
            """
            111111111000000000000111111111
            222222222222222222222222222222
            000000000000000000000000000000
            000000000000000000000000000000
            000000000000000000000000000000
            000000000000000000000000000000
            """,
            _screen,
            Render.Roles);
    }

    [Fact]
    public void The_filter_narrows_100000_rows_on_each_keystroke_fetching_only_visible_rows()
    {
        var list = NewList();

        foreach (var (key, count) in new[] { ("ヤ", 30_000), ("マ", 20_000), ("ダ", 10_000) })
        {
            _patients.Fetched = 0;
            Drive.Type(list, key);
            Render.Again(list, _screen);

            Assert.Equal(count, list.Rows.Count);
            Assert.Equal(5, _patients.Fetched);
        }

        Assert.Equal("絞り込み: ヤマダ      10,000件", _screen.RowText(0));
        Assert.Equal(">ヤマダ 000000                ", _screen.RowText(1));
        Assert.Equal(" ヤマダ 000010                ", _screen.RowText(2));
        Assert.Equal(new Point(16, 0), list.Caret);
    }

    [Fact]
    public void Scrolling_to_the_end_fetches_only_the_last_screenful()
    {
        var list = NewList();

        Drive.Press(list, ConsoleKey.End);
        Render.Again(list, _screen);

        Assert.Equal(99_999, list.SelectedIndex);
        Assert.Equal(99_995, list.TopIndex);
        Assert.Equal(5, _patients.Fetched);
        Assert.Equal(">コバヤシ 099999", _screen.RowText(5).TrimEnd());
    }

    [Fact]
    public void No_match_says_so_in_words_and_Backspace_widens_again()
    {
        var list = NewList();

        Drive.Type(list, "ヤマx");
        Render.Again(list, _screen);
        Assert.Equal("絞り込み: ヤマx       該当なし", _screen.RowText(0));
        ScreenAssert.Styles(
            "111111111000000000000044444444" + string.Concat(Enumerable.Repeat("\n" + new string('0', 30), 5)),
            _screen,
            Render.Roles);

        Drive.Press(list, ConsoleKey.Backspace);
        Assert.Equal(20_000, list.Rows.Count);
    }

    [Fact]
    public void Esc_clears_the_filter_first_and_then_goes_on()
    {
        var list = NewList();
        Drive.Type(list, "ヤ");

        Assert.Equal(HandleResult.Redraw, Drive.Press(list, ConsoleKey.Escape));
        Assert.Equal(100_000, list.Rows.Count);
        Assert.Equal(HandleResult.Ignored, Drive.Press(list, ConsoleKey.Escape));
    }

    [Fact]
    public void Enter_runs_the_activation_with_the_chosen_row()
    {
        var list = NewList();
        var opened = -1;
        list.Activate = index =>
        {
            opened = index;
            return HandleResult.Close;
        };

        Drive.Press(list, ConsoleKey.DownArrow, 2);
        Drive.Press(list, ConsoleKey.UpArrow);

        Assert.Equal(HandleResult.Close, Drive.Press(list, ConsoleKey.Enter));
        Assert.Equal(1, opened);
    }

    [Fact]
    public void The_gallery_patients_are_found_by_half_width_kana_as_typed()
    {
        var list = new ListView(new GalleryPatients()) { HasFocus = true, Bounds = new Rect(0, 0, 40, 4) };
        var counts = new List<int>();

        foreach (var c in "ﾔﾏﾀﾞ")
        {
            Drive.Type(list, c.ToString());
            counts.Add(list.Rows.Count);
        }

        Assert.Equal([15_000, 15_000, 5_000, 5_000], counts);
        var screen = Render.Again(list, new ScreenBuffer(40, 4));
        Assert.Equal(">000001 ヤマダ タロウ    山田 太郎", screen.RowText(1).TrimEnd());
        Assert.Equal(" 000021 ヤマダ ハナコ    山田 花子", screen.RowText(2).TrimEnd());
    }

    private ListView NewList() => new(_patients) { HasFocus = true, Bounds = _screen.Bounds };
}
