using TextEhr.Tui.Screen;
using TextEhr.Tui.Tests.Support;
using TextEhr.Tui.Views;

namespace TextEhr.Tui.Tests.Views;

public sealed class TextFieldTests
{
    [Fact]
    public void Typing_a_kanji_name_with_a_surrogate_pair_moves_the_caret_by_cells()
    {
        var field = new TextField { HasFocus = true, Bounds = new Rect(0, 0, 16, 1) };

        Drive.Type(field, "山田 𠮷郎");

        Assert.Equal("山田 𠮷郎", field.Text);
        Assert.Equal(9, field.CaretCells);
        Assert.Equal(new Point(10, 0), field.Caret);
        var screen = Render.View(field, 16);
        ScreenAssert.Text("[山田 𠮷郎     ]", screen);
        ScreenAssert.Styles("1222222222222221", screen, Render.Roles);
    }

    [Fact]
    public void Half_width_kana_with_a_voiced_mark_takes_one_cell_per_character()
    {
        var field = new TextField { HasFocus = true };

        Drive.Type(field, "ﾔﾏﾀﾞ");
        Assert.Equal(4, field.CaretCells);

        Drive.Press(field, ConsoleKey.Backspace);
        Assert.Equal("ﾔﾏﾀ", field.Text);
        Assert.Equal(3, field.CaretCells);
    }

    [Fact]
    public void The_caret_steps_over_a_surrogate_pair_an_IVS_and_a_combining_mark_whole()
    {
        var field = new TextField { HasFocus = true };
        Drive.Type(field, "𠮷葛\U000E0100か\u3099");
        Assert.Equal(6, field.CaretCells);

        Drive.Press(field, ConsoleKey.LeftArrow);
        Assert.Equal(4, field.CaretCells);
        Drive.Press(field, ConsoleKey.LeftArrow);
        Assert.Equal(2, field.CaretCells);
        Drive.Press(field, ConsoleKey.Backspace);
        Assert.Equal("葛\U000E0100か\u3099", field.Text);
        Assert.Equal(0, field.CaretCells);

        Drive.Press(field, ConsoleKey.Delete);
        Assert.Equal("か\u3099", field.Text);
        Drive.Press(field, ConsoleKey.End);
        Assert.Equal(2, field.CaretCells);
    }

    [Fact]
    public void Text_is_inserted_at_the_caret_and_Home_goes_to_the_start()
    {
        var field = new TextField { HasFocus = true };
        Drive.Type(field, "山郎");

        Drive.Press(field, ConsoleKey.LeftArrow);
        Drive.Type(field, "田太");
        Drive.Press(field, ConsoleKey.Home);
        Drive.Type(field, "*");

        Assert.Equal("*山田太郎", field.Text);
        Assert.Equal(1, field.CaretCells);
    }

    [Fact]
    public void The_limit_is_in_cells_and_what_does_not_fit_is_refused_with_a_message()
    {
        var messages = new List<string>();
        var field = new TextField { MaxCells = 5, Rejected = messages.Add };

        Drive.Type(field, "山田太郎");
        Drive.Type(field, "a");

        Assert.Equal("山田a", field.Text);
        Assert.Equal([TuiMessages.TooLong(5), TuiMessages.TooLong(5)], messages);
    }

    [Fact]
    public void The_digits_filter_keeps_digits_and_stores_full_width_ones_as_ASCII()
    {
        var messages = new List<string>();
        var field = new TextField { Filter = InputFilter.Digits, Rejected = messages.Add };

        Drive.Type(field, "03-１２３4");

        Assert.Equal("031234", field.Text);
        Assert.Equal([TuiMessages.InputRejected("数字")], messages);
    }

    [Fact]
    public void The_kana_filter_takes_every_kind_of_kana_and_refuses_kanji()
    {
        var messages = new List<string>();
        var field = new TextField { Filter = InputFilter.Kana, Rejected = messages.Add };

        Drive.Type(field, "ﾔﾏﾀﾞ やまだ　ヤマダー・ㇰ");
        Drive.Type(field, "山田");

        Assert.Equal("ﾔﾏﾀﾞ やまだ　ヤマダー・ㇰ", field.Text);
        Assert.Equal([TuiMessages.InputRejected("カナ"), TuiMessages.InputRejected("カナ")], messages);
    }

    [Fact]
    public void The_date_filter_takes_era_letters_separators_and_full_width_digits()
    {
        var field = new TextField { Filter = InputFilter.Date };

        Drive.Type(field, "S５０.3.1x");
        Assert.Equal("S50.3.1", field.Text);

        field.Text = string.Empty;
        Drive.Type(field, "昭和50年3月1日");
        Assert.Equal("昭和50年3月1日", field.Text);
    }

    [Fact]
    public void A_pasted_line_break_becomes_a_space_in_a_one_line_field()
    {
        var field = new TextField();

        Drive.Paste(field, "山田\n太郎");

        Assert.Equal("山田 太郎", field.Text);
    }

    [Fact]
    public void Longer_text_scrolls_to_keep_the_caret_in_the_box_and_the_brackets_say_so()
    {
        var field = new TextField { HasFocus = true };
        var screen = new ScreenBuffer(8, 1);
        field.Bounds = screen.Bounds;

        Drive.Type(field, "山田太郎花子");
        Render.Again(field, screen);

        // Cells 7–12 of the text are in view: the right half of 郎 shows as a space, then 花子 and the caret.
        ScreenAssert.Text("< 花子 ]", screen);
        Assert.Equal(new Point(6, 0), field.Caret);

        Drive.Press(field, ConsoleKey.Home);
        Render.Again(field, screen);
        ScreenAssert.Text("[山田太>", screen);
        Assert.Equal(new Point(1, 0), field.Caret);
    }

    [Fact]
    public void Keys_it_does_not_edit_with_go_on_to_the_screen()
    {
        var field = new TextField { HasFocus = true };

        Assert.Equal(HandleResult.Ignored, Drive.Press(field, ConsoleKey.Enter));
        Assert.Equal(HandleResult.Ignored, Drive.Press(field, ConsoleKey.Tab));
        Assert.Equal(HandleResult.Ignored, Drive.Press(field, ConsoleKey.F2));
        Assert.Equal(HandleResult.Redraw, Drive.Press(field, ConsoleKey.LeftArrow));
    }

    [Fact]
    public void A_disabled_field_is_drawn_in_the_disabled_role_and_takes_nothing()
    {
        var field = new TextField { Text = "000123", IsEnabled = false };

        Drive.Type(field, "9");
        var screen = Render.View(field, 10);

        Assert.Equal("000123", field.Text);
        ScreenAssert.Text("[000123  ]", screen);
        ScreenAssert.Styles("8888888888", screen, Render.Roles);
    }
}
