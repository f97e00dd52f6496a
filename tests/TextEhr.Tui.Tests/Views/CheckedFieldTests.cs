using TextEhr.Tui.Tests.Support;
using TextEhr.Tui.Views;

namespace TextEhr.Tui.Tests.Views;

public sealed class CheckedFieldTests
{
    private const string NotDigits = "数字で入力してください";

    private static string? Digits(string text) => text.All(char.IsAsciiDigit) ? null : NotDigits;

    [Fact]
    public void The_check_runs_on_leave_keeps_the_text_and_typing_clears_the_error()
    {
        var left = 0;
        var field = new CheckedField(Digits, maxCells: 6) { HasFocus = true, Left = () => left++ };
        Drive.Type(field, "12a");

        Assert.Equal(NotDigits, field.Validate());
        Assert.Equal((NotDigits, "12a", 1), (field.Error, field.Text, left));

        Drive.Type(field, "4");
        Assert.Null(field.Error);
    }

    [Fact]
    public void An_error_replaces_the_opening_bracket_only_when_asked_to_mark_it()
    {
        var plain = new CheckedField(Digits) { Text = "x" };
        var marked = new CheckedField(Digits) { Text = "x", MarksError = true };
        plain.Validate();
        marked.Validate();

        ScreenAssert.Text("[x   ]", Render.View(plain, 6));
        ScreenAssert.Text("!x   ]", Render.View(marked, 6));
    }
}
