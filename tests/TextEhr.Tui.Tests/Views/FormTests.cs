using TextEhr.Tui.Screen;
using TextEhr.Tui.Tests.Support;
using TextEhr.Tui.Views;

namespace TextEhr.Tui.Tests.Views;

public sealed class FormTests
{
    [Fact]
    public void Captions_line_up_in_a_column_and_fields_take_their_widths()
    {
        var form = new Form();
        form.Add("氏名", new TextField { Text = "山田 太郎" }, width: 14);
        form.Add("生年月日", new TextField { Text = "S50.3.1" }, width: 10);
        form.Add("紹介状", new CheckBox("あり"));

        var screen = Render.View(form, 30, 3);

        ScreenAssert.Text(
            """
            氏名     [山田 太郎   ]
            生年月日 [S50.3.1 ]
            紹介状   [ ] あり
            """,
            screen);
    }

    [Fact]
    public void A_form_taller_than_its_box_scrolls_to_keep_the_focused_field_in_view()
    {
        var fields = Enumerable.Range(1, 6).Select(i => new TextField { Text = $"値{i}" }).ToArray();
        var form = new Form();
        for (var i = 0; i < fields.Length; i++)
        {
            form.Add($"欄{i + 1}", fields[i], width: 8);
        }

        var ring = new FocusRing(fields);
        var screen = new ScreenBuffer(14, 3);
        form.Bounds = screen.Bounds;
        Render.Again(form, screen);
        Assert.Equal(0, form.ScrollTop);

        ring.Previous();
        Render.Again(form, screen);

        Assert.Equal(3, form.ScrollTop);
        ScreenAssert.Text("欄4 [値4   ]\n欄5 [値5   ]\n欄6 [値6   ]", screen);
        Assert.Equal(new Point(8, 2), fields[5].Caret);

        ring.Next();
        Render.Again(form, screen);
        Assert.Equal(0, form.ScrollTop);
        Assert.True(fields[0].Bounds.Width > 0);
        Assert.Equal(0, fields[5].Bounds.Width);
    }
}
