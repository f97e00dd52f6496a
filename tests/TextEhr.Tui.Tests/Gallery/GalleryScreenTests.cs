using TextEhr.Tui.Gallery;
using TextEhr.Tui.Hosting;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Terminals;
using TextEhr.Tui.Testing;
using TextEhr.Tui.Tests.Support;
using TextEhr.Tui.Themes;
using TextEhr.Tui.Views;

namespace TextEhr.Tui.Tests.Gallery;

public sealed class GalleryScreenTests : IDisposable
{
    private const string At80x24 =
        """
         ウィジェット見本  山田 太郎 (ﾔﾏﾀﾞ ﾀﾛｳ)  男  S50.3.1  アレルギー: ペニシリン
         患者情報（見本）                        患者一覧（10万件）           100,000件
         患者番号 [000123  ]                     >000001 ヤマダ タロウ    山田 太郎
         氏名     [                  ]            000002 サトウ タロウ    佐藤 太郎
         カナ     [                  ]            000003 スズキ タロウ    鈴木 太郎
         生年月日 [          ]                    000004 タカハシ タロウ  高橋 太郎
         性別      1 男   2 女                    000005 タナカ タロウ    田中 太郎
         電話     [             ]                 000006 イトウ タロウ    伊藤 太郎
         紹介状   [ ] あり                        000007 ワタナベ タロウ  渡辺 太郎
                                                  000008 ヤマモト タロウ  山本 太郎
          日付       薬剤                量 日数  000009 ナカムラ タロウ  中村 太郎
         >2024/05/01 メトホルミン錠25   2錠   90  000010 コバヤシ タロウ  小林 太郎
          2024/05/01 アムロジピン錠5m   1錠   90 メモ
          2024/02/06 メトホルミン錠25   2錠   84 S) 変わりなし。夜間頻尿なし。
          2024/02/06 アムロジピン錠5m   1錠   84 O) BP 132/78  P 72
                                                 A) 2型糖尿病 安定
         HbA1c (%)  最高 7.2  最低 6.1  最新 6.4 P) Do処方。3か月後 HbA1c。
         7.2|*
            |      *     *      *              *
         6.1|                          *   *
            +-----------------------------------
             2023/01/10               2024/05/01
         Enter/Tab 次の欄  Shift+Tab 前の欄  F1 キーの一覧  F2 メッセージ
        F1ヘルプ F2新規 F3検索 F5Do F8印刷 F10一時保存 F12確定 Esc戻る
        """;

    private readonly VirtualTerminal _terminal = new();
    private readonly EventLoop _loop;
    private readonly GalleryScreen _gallery;

    public GalleryScreenTests()
    {
        _loop = GalleryApp.Create(_terminal, new ManualTimeProvider(), new ThemeLoadResult(Theme.Paper, null));
        _gallery = Assert.IsType<GalleryScreen>(_loop.Top);
        _loop.RunUntilIdle();
    }

    [Fact]
    public void Every_widget_fits_on_one_80x24_screen()
    {
        ScreenAssert.Text(At80x24, _loop.Screen);
        ScreenAssert.SameCells(_loop.Screen, _terminal.Screen);
        ScreenAssert.StylesOfRow("66666666666666666666666666666666666666666666666666666555555555555555555555555666", _loop.Screen, 0, Render.Roles);
        ScreenAssert.StylesOfRow("01111111108888888888000000000000000000000333333333333333333333333333333333333330", _loop.Screen, 2, Render.Roles);
        ScreenAssert.StylesOfRow("01111000001222222222222222222100000000000000000000000000000000000000000000000000", _loop.Screen, 3, Render.Roles);
        ScreenAssert.StylesOfRow(new string('7', 80), _loop.Screen, 23, Render.Roles);
        Assert.Equal(new Point(11, 3), _terminal.Screen.Cursor);
    }

    [Fact]
    public void Typing_a_kanji_and_a_half_width_kana_name_parks_the_cursor_after_them()
    {
        Step(() => _terminal.Type("山田 𠮷郎"));
        Assert.StartsWith(" 氏名     [山田 𠮷郎         ] ", _loop.Screen.RowText(3), StringComparison.Ordinal);
        Assert.Equal(new Point(20, 3), _terminal.Screen.Cursor);

        Step(() => _terminal.Press(ConsoleKey.Tab));
        Step(() => _terminal.Type("ﾔﾏﾀﾞ"));

        Assert.Equal("ﾔﾏﾀﾞ", _gallery.Kana.Text);
        Assert.Equal(new Point(15, 4), _terminal.Screen.Cursor);
        Step(() => _terminal.Type("山"));
        Assert.Equal("エラー: " + TuiMessages.InputRejected("カナ"), _loop.Screen.RowText(22).Trim());
    }

    [Fact]
    public void Tab_and_Enter_go_forward_through_the_fields_and_Shift_Tab_back_skipping_the_disabled_one()
    {
        IFocusable[] order = [_gallery.Name, _gallery.Kana, _gallery.BirthDate, _gallery.Sex, _gallery.Phone, _gallery.Referral, _gallery.Patients];
        foreach (var field in order)
        {
            Assert.Same(field, _loop.Top!.Focused);
            Step(() => _terminal.Press(field == _gallery.Sex ? ConsoleKey.Enter : ConsoleKey.Tab));
        }

        Assert.IsType<TableView>(_loop.Top!.Focused);
        Step(() => _terminal.Press(ConsoleKey.Tab));
        Assert.IsType<TextArea>(_loop.Top!.Focused);
        Step(() => _terminal.Press(ConsoleKey.Tab));
        Assert.Same(_gallery.Name, _loop.Top!.Focused);

        Step(() => _terminal.Press(ConsoleKey.Tab, ConsoleModifiers.Shift));
        Assert.IsType<TextArea>(_loop.Top!.Focused);
        Step(() => _terminal.Press(ConsoleKey.Enter));
        Assert.IsType<TextArea>(_loop.Top!.Focused);
        Assert.Equal((4, 0), ((TextArea)_loop.Top!.Focused!).CaretPosition);
    }

    [Fact]
    public void F2_opens_a_message_box_that_Esc_closes_and_Enter_confirms()
    {
        Step(() => _terminal.Press(ConsoleKey.F2));
        Assert.IsType<Dialog>(_loop.Top);
        Assert.Contains("新しい患者を登録しますか？", _loop.Screen.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("F12決定", _loop.Screen.RowText(23), StringComparison.Ordinal);
        Assert.False(_terminal.Screen.CursorVisible);

        Step(() => _terminal.Press(ConsoleKey.Escape));
        Assert.Same(_gallery, _loop.Top);
        Assert.Equal("取り消しました。", _gallery.Status.Message);

        Step(() => _terminal.Press(ConsoleKey.N, ConsoleModifiers.Control));
        Step(() => _terminal.Press(ConsoleKey.Enter));
        Assert.Equal("「新規」が選ばれました。", _gallery.Status.Message);
        Assert.Same(_gallery, _loop.Top);
        Assert.True(_terminal.Screen.CursorVisible);
    }

    [Fact]
    public void F3_jumps_to_the_list_the_bar_says_what_F3_does_there_and_the_list_narrows_as_kana_is_typed()
    {
        Step(() => _terminal.Press(ConsoleKey.F3));
        Assert.Same(_gallery.Patients, _loop.Top!.Focused);
        Assert.StartsWith("F1ヘルプ F2新規 F3絞込解除", _loop.Screen.RowText(23), StringComparison.Ordinal);

        Step(() => _terminal.Type("ﾔﾏﾀﾞ"));
        Assert.EndsWith("  絞り込み: ﾔﾏﾀﾞ                 5,000件 ", _loop.Screen.RowText(1), StringComparison.Ordinal);
        Assert.Equal(new Point(55, 1), _terminal.Screen.Cursor);

        Step(() => _terminal.Press(ConsoleKey.F3));
        Assert.Equal(100_000, _gallery.Patients.Rows.Count);
    }

    [Fact]
    public void A_wrong_date_is_reported_on_leave_beside_the_field_and_in_the_status_line()
    {
        Step(() => _terminal.Press(ConsoleKey.Tab));
        Step(() => _terminal.Press(ConsoleKey.Tab));
        Step(() => _terminal.Type("S50.13.1"));
        Step(() => _terminal.Press(ConsoleKey.Tab));

        Assert.StartsWith(" 生年月日 [S50.13.1  ] ない日付です     ", _loop.Screen.RowText(5), StringComparison.Ordinal);
        Assert.Equal("エラー: ない日付です", _loop.Screen.RowText(22).Trim());
        Assert.Same(_gallery.Sex, _loop.Top!.Focused);

        Step(() => _terminal.Press(ConsoleKey.F12));
        Assert.Same(_gallery.BirthDate, _loop.Top!.Focused);
        Assert.Equal("エラー: 生年月日: ない日付です", _loop.Screen.RowText(22).Trim());
    }

    [Fact]
    public void A_pasted_block_goes_into_the_note_as_lines()
    {
        _loop.Top!.Execute(TextEhr.Tui.Commands.StandardCommands.PreviousField);

        Step(() => _terminal.Paste("P) 採血\n次回 8/1"));

        Assert.EndsWith("P) 採血\n次回 8/1", ((TextArea)_loop.Top!.Focused!).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_layout_follows_a_resize_to_120x40_and_back_and_the_terminal_shows_the_model_each_time()
    {
        Step(() => _terminal.Type("山田 𠮷郎"));
        var before = _loop.Screen.ToString();

        Step(() => _terminal.Resize(120, 40));
        Assert.EndsWith("   >000001 ヤマダ タロウ    山田 太郎", _loop.Screen.RowText(2).TrimEnd(), StringComparison.Ordinal);
        Assert.EndsWith("    000018 サイトウ タロウ  斎藤 太郎", _loop.Screen.RowText(19).TrimEnd(), StringComparison.Ordinal);
        Assert.EndsWith("  メモ", _loop.Screen.RowText(20).TrimEnd(), StringComparison.Ordinal);
        Assert.StartsWith("F1ヘルプ       F2新規         F3検索", _loop.Screen.RowText(39), StringComparison.Ordinal);
        Assert.Equal(new Point(20, 3), _terminal.Screen.Cursor);

        Step(() => _terminal.Resize(80, 24));
        Assert.Equal(before, _loop.Screen.ToString());
    }

    [Fact]
    public void A_tiny_terminal_draws_what_fits_without_failing()
    {
        foreach (var (width, height) in new[] { (20, 6), (1, 1), (80, 3), (10, 40) })
        {
            Step(() => _terminal.Resize(width, height));
        }

        Step(() => _terminal.Type("山田"));
        Step(() => _terminal.Press(ConsoleKey.Tab));
    }

    [Fact]
    public void A_missing_theme_is_reported_in_the_status_line_and_paper_is_used()
    {
        using var terminal = new VirtualTerminal();
        using var loop = GalleryApp.Create(terminal, new ManualTimeProvider(), ThemeLoader.Load("midnight", [RepositoryFiles.Themes]));

        loop.RunUntilIdle();

        Assert.StartsWith(" エラー: テーマ「midnight」が見つかりません（themes フォルダーに", loop.Screen.RowText(22), StringComparison.Ordinal);
        Assert.Same(Theme.Paper, loop.Theme);
    }

    [Theory]
    [InlineData("paper")]
    [InlineData("high-contrast")]
    [InlineData("classic")]
    public void Every_cell_of_the_gallery_is_drawn_in_a_role_of_the_theme(string name)
    {
        var theme = ThemeLoader.Load(name, [RepositoryFiles.Themes]).Theme;
        using var terminal = new VirtualTerminal();
        using var loop = GalleryApp.Create(terminal, new ManualTimeProvider(), new ThemeLoadResult(theme, null));
        terminal.Press(ConsoleKey.F2);

        loop.RunUntilIdle();

        for (var y = 0; y < 24; y++)
        {
            for (var x = 0; x < 80; x++)
            {
                Assert.Contains(loop.Screen[x, y].Style, theme.Palette);
            }
        }

        ScreenAssert.SameCells(loop.Screen, terminal.Screen);
    }

    public void Dispose()
    {
        _loop.Dispose();
        _terminal.Dispose();
    }

    // One step of a session: the input, one pass of the loop, then the terminal must show the model.
    private void Step(Action input)
    {
        input();
        _loop.RunUntilIdle();
        ScreenAssert.SameCells(_loop.Screen, _terminal.Screen);
        Assert.Equal(_loop.Screen.Caret is not null, _terminal.Screen.CursorVisible);
        if (_loop.Screen.Caret is { } caret)
        {
            Assert.Equal(caret, _terminal.Screen.Cursor);
        }
    }
}
