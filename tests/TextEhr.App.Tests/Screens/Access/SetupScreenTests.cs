using TextEhr.App.Hosting;
using TextEhr.App.Input;
using TextEhr.App.Screens.Access;
using TextEhr.App.Tests.Support;
using TextEhr.Tui.Views;

namespace TextEhr.App.Tests.Screens.Access;

public sealed class SetupScreenTests
{
    private static TestUi FilledIn()
    {
        var ui = TestUi.Empty();
        ui.Enter("さくら医院").Enter("1234567").Enter("13").Enter("100-0001").Enter("東京都千代田区1-1")
            .Enter("03-1234-5678").Enter("桜井 花子").Enter("sakurai").Enter("sakura-2025").Type("sakura-2025");
        return ui;
    }

    [Fact]
    public void Every_box_fits_80_by_24_with_the_bar()
    {
        using var ui = TestUi.Empty();

        foreach (var field in SetupViewModel.Fields)
        {
            Assert.Contains(SetupViewModel.Caption(field), ui.Text, StringComparison.Ordinal);
        }

        var rows = ui.Text.Split('\n');
        Assert.Equal(24, rows.Length);
        Assert.Contains("F12登録", rows[23], StringComparison.Ordinal);
    }

    [Fact]
    public void Leaving_a_wrong_box_says_what_to_type_and_keeps_the_text()
    {
        using var ui = TestUi.Empty();

        ui.Enter("さくら医院").Enter("12");

        Assert.Contains("エラー: 医療機関コード: 「12」は医療機関コードとして読めません。", ui.Text, StringComparison.Ordinal);
        Assert.Contains("入力してください(例: 1234567)。", ui.Text, StringComparison.Ordinal);
        var setup = Assert.IsType<SetupScreen>(ui.Loop.Top);
        Assert.Equal("12", setup.Box(SetupField.InstitutionCode).Text);
    }

    [Fact]
    public void F12_registers_and_shows_the_login_screen_which_then_logs_in()
    {
        using var ui = FilledIn();

        ui.Press(ConsoleKey.F12);

        Assert.IsType<LoginScreen>(Assert.Single(ui.Loop.Screens));
        Assert.Contains(AccessMessages.Registered("さくら医院"), ui.Text, StringComparison.Ordinal);
        Assert.Equal("さくら医院", ui.Session.Clinic?.Name);
        Assert.Equal("さくら医院", ClinicProfileFile.Load(ui.Folder)?.Name);
        Assert.NotNull(ui.Database.Users.FindByLogin("sakurai"));

        ui.Enter("sakurai").Enter("sakura-2025");
        Assert.Equal("sakurai", ui.Session.User?.Login);
    }

    [Fact]
    public void F12_with_a_wrong_box_goes_back_to_it_and_saves_nothing()
    {
        using var ui = TestUi.Empty();
        ui.Enter("さくら医院").Enter("1234567").Enter("99");

        ui.Press(ConsoleKey.F12);

        var setup = Assert.IsType<SetupScreen>(ui.Loop.Top);
        Assert.Same(setup.Box(SetupField.Prefecture), ((CheckedField)setup.Focused!).Box);
        Assert.Contains(InputMessages.PrefectureFormat("99")[..10], ui.Text, StringComparison.Ordinal);
        Assert.False(ClinicProfileFile.Exists(ui.Folder));
        Assert.Equal("さくら医院", setup.Box(SetupField.ClinicName).Text);
    }

    [Fact]
    public void Passwords_are_masked()
    {
        using var ui = FilledIn();

        Assert.DoesNotContain("sakura-2025", ui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Esc_asks_and_Enter_quits_without_registering()
    {
        using var ui = TestUi.Empty();
        ui.Enter("さくら医院");

        ui.Press(ConsoleKey.Escape);
        Assert.Contains(AccessMessages.QuitWithoutRegistering, ui.Text, StringComparison.Ordinal);
        ui.Press(ConsoleKey.Escape);
        Assert.IsType<SetupScreen>(ui.Loop.Top);

        ui.Press(ConsoleKey.Escape).Press(ConsoleKey.Enter);
        Assert.Empty(ui.Loop.Screens);
        Assert.False(ClinicProfileFile.Exists(ui.Folder));
    }
}
