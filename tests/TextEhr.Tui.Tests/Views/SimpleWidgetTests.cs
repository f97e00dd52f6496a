using TextEhr.Tui.Screen;
using TextEhr.Tui.Tests.Support;
using TextEhr.Tui.Views;

namespace TextEhr.Tui.Tests.Views;

public sealed class SimpleWidgetTests
{
    [Fact]
    public void A_label_is_cut_by_cells_and_drawn_in_its_role()
    {
        var screen = Render.View(new Label("生年月日（西暦）"), 9);

        ScreenAssert.Text("生年月日 ", screen);
        ScreenAssert.Styles("111111111", screen, Render.Roles);
    }

    [Fact]
    public void A_check_box_toggles_with_Space_and_shows_its_state_in_ASCII()
    {
        var box = new CheckBox("紹介状あり") { HasFocus = true };
        var screen = Render.View(box, 16);
        ScreenAssert.Text("[ ] 紹介状あり", screen);
        ScreenAssert.Styles("2220000000000000", screen, Render.Roles);

        Assert.Equal(HandleResult.Redraw, Drive.Press(box, ConsoleKey.Spacebar));
        Assert.Equal(HandleResult.Ignored, Drive.Press(box, ConsoleKey.Enter));

        Assert.True(box.Checked);
        ScreenAssert.Text("[x] 紹介状あり", Render.Again(box, screen));
        Assert.Equal(new Point(1, 0), box.Caret);
    }

    [Fact]
    public void A_choice_shows_every_option_numbered_and_brackets_the_chosen_one()
    {
        var choice = new Choice(["男", "女"]) { SelectedIndex = 0 };

        var screen = Render.View(choice, 12);

        ScreenAssert.Text("[1 男]  2 女", screen);
        ScreenAssert.Styles("333333000000", screen, Render.Roles);
    }

    [Fact]
    public void A_choice_is_made_with_arrows_numbers_or_the_first_character()
    {
        var choice = new Choice(["男", "女", "不明"]) { HasFocus = true };

        Drive.Type(choice, "2");
        Assert.Equal("女", choice.SelectedOption);
        Drive.Press(choice, ConsoleKey.LeftArrow);
        Assert.Equal("男", choice.SelectedOption);
        Drive.Type(choice, "不");
        Assert.Equal("不明", choice.SelectedOption);
        Drive.Type(choice, "１");
        Assert.Equal("男", choice.SelectedOption);
        Drive.Press(choice, ConsoleKey.RightArrow);
        Drive.Type(choice, "9");
        Assert.Equal("女", choice.SelectedOption);

        var screen = Render.View(choice, 22);
        ScreenAssert.Text(" 1 男  [2 女]  3 不明", screen);
        ScreenAssert.Styles("0000000222222000000000", screen, Render.Roles);
        Assert.Equal(new Point(8, 0), choice.Caret);
    }

    [Fact]
    public void Status_errors_and_warnings_carry_words_as_well_as_colour()
    {
        var status = new StatusLine { Hint = "挿入" };

        status.Show("生年月日が読めません。", StatusKind.Error);
        var screen = Render.View(status, 40);
        ScreenAssert.Text("エラー: 生年月日が読めません。      挿入", screen);
        ScreenAssert.Styles("4444444444444444444444444444440000001111", screen, Render.Roles);

        status.Show("保存していない変更があります。", StatusKind.Warning);
        Assert.Equal("注意: 保存していない変更があります。", status.Text);
    }

    [Fact]
    public void A_banner_cuts_its_text_but_never_the_warning()
    {
        var banner = new Banner { Text = "山田 太郎 (ﾔﾏﾀﾞ ﾀﾛｳ) 男 S50.3.1 (49歳) 社保 本人 3割", Warning = "アレルギー: ペニシリン" };

        var screen = Render.View(banner, 40);

        ScreenAssert.Text(" 山田 太郎 (ﾔﾏﾀ  アレルギー: ペニシリン ", screen);
        ScreenAssert.Styles("6666666666666666555555555555555555555555", screen, Render.Roles);
    }
}
