using TextEhr.Tui.Tests.Support;
using TextEhr.Tui.Views;

namespace TextEhr.Tui.Tests.Views;

public sealed class DateFieldTests
{
    private const string Unreadable = "日付が読めません";

    private static (DateOnly? Value, string? Error) Parse(string text) =>
        string.Equals(text, "S50.3.1", StringComparison.Ordinal) ? (new DateOnly(1975, 3, 1), null) : (null, Unreadable);

    private static DateField NewField() => new(Parse, date => $"{date.Year}年{date.Month}月{date.Day}日", boxWidth: 10) { HasFocus = true };

    [Fact]
    public void A_valid_date_is_read_on_leave_and_shown_formatted()
    {
        var field = NewField();
        Drive.Type(field, "S50.3.1");

        Assert.Null(field.Validate());

        Assert.Equal(new DateOnly(1975, 3, 1), field.Value);
        var screen = Render.View(field, 24);
        ScreenAssert.Text("[S50.3.1 ] 1975年3月1日", screen);
        ScreenAssert.Styles("122222222101111111111110", screen, Render.Roles);
    }

    [Fact]
    public void A_wrong_date_keeps_its_text_and_shows_the_parser_message_until_it_is_changed()
    {
        var field = NewField();
        Drive.Type(field, "S50.13.1");

        Assert.Equal(Unreadable, field.Validate());
        var screen = Render.View(field, 28);
        ScreenAssert.Text("[S50.13.1] 日付が読めません", screen);
        ScreenAssert.Styles("1222222221044444444444444440", screen, Render.Roles);
        Assert.Equal("S50.13.1", field.Text);
        Assert.Null(field.Value);

        Drive.Press(field, ConsoleKey.Backspace);
        Assert.Null(field.Error);
    }

    [Fact]
    public void An_empty_date_is_no_date_and_no_error()
    {
        var field = NewField();

        Assert.Null(field.Validate());
        Assert.Null(field.Value);
    }

    [Fact]
    public void Only_date_characters_are_typed()
    {
        var field = NewField();

        Drive.Type(field, "R７/4/1あ");

        Assert.Equal("R7/4/1", field.Text);
    }
}
