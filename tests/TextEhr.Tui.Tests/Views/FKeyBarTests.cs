using TextEhr.Tui.Commands;
using TextEhr.Tui.Tests.Support;
using TextEhr.Tui.Views;

namespace TextEhr.Tui.Tests.Views;

public sealed class FKeyBarTests
{
    private static readonly KeyMap Standard = StandardKeys.ForScreen("test");

    [Fact]
    public void At_80_columns_the_bar_shows_every_F_key_of_ARCHITECTURE_6_with_its_label()
    {
        Assert.Equal(
            "F1ヘルプ F2新規 F3検索 F5Do F8印刷 F10一時保存 F12確定 Esc戻る                  ",
            FKeyBar.Text(Standard, 80));
    }

    [Fact]
    public void A_wide_terminal_gets_evenly_spaced_slots()
    {
        var bar = FKeyBar.Text(Standard, 120);

        Assert.Equal(
            "F1ヘルプ       F2新規         F3検索         F5Do           F8印刷         F10一時保存    F12確定        Esc戻る        ",
            bar);
    }

    [Fact]
    public void A_narrow_terminal_shortens_labels_but_keeps_every_key()
    {
        Assert.Equal("F1ヘ F2新 F3検 F5D F8印 F10一 F12確 Esc戻", FKeyBar.Text(Standard, 41));
    }

    [Fact]
    public void The_bar_follows_rebinding_and_state()
    {
        var keys = Standard
            .WithKeys(StandardCommands.SaveDraft, [KeyChord.Function(9), KeyChord.Ctrl(ConsoleKey.S)])
            .WithLabel(StandardCommands.Search, "絞込解除")
            .Without(StandardCommands.Print);

        Assert.Equal(
            ["F1ヘルプ", "F2新規", "F3絞込解除", "F5Do", "F9一時保存", "F12確定", "Esc戻る"],
            FKeyBar.Text(keys, 80).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void The_bar_is_drawn_in_the_key_bar_role_across_the_row()
    {
        var screen = Render.View(new FKeyBar { Keys = new KeyMap("x", [StandardKeys.Help]) }, 10);

        ScreenAssert.Text("F1ヘルプ", screen);
        ScreenAssert.Styles("7777777777", screen, Render.Roles);
    }
}
