using TextEhr.App.Hosting;
using TextEhr.App.Screens.Access;
using TextEhr.App.Tests.Support;

namespace TextEhr.App.Tests.Screens.Access;

public sealed class SettingsScreenTests
{
    private static TestUi Open(int width = 80, int height = 24) =>
        TestUi.Initialised(width, height).LoggedIn(nav => nav.ShowSettings());

    private static TestUi ToThemeChoice(TestUi ui)
    {
        for (var i = 0; i < 6; i++)
        {
            ui.Press(ConsoleKey.Enter);
        }

        return ui;
    }

    [Fact]
    public void Every_row_fits_80_by_24()
    {
        using var ui = Open();

        foreach (var field in SettingsViewModel.Fields)
        {
            Assert.Contains(SettingsViewModel.Caption(field), ui.Text, StringComparison.Ordinal);
        }

        Assert.Contains("[1 紙]", ui.Text, StringComparison.Ordinal);
        Assert.Contains("F12保存", ui.Text.Split('\n')[23], StringComparison.Ordinal);
    }

    [Fact]
    public void Choosing_a_theme_applies_it_at_once_and_F12_saves_it()
    {
        using var ui = ToThemeChoice(Open());
        var before = ui.Loop.Theme;

        ui.Type("3");

        Assert.NotSame(before, ui.Loop.Theme);
        Assert.Equal("classic", ui.Loop.Theme.Name);
        ui.Press(ConsoleKey.F12);
        Assert.Equal("classic", ClinicSettingsFile.Load(ui.Folder).Theme);
        Assert.Equal("classic", ui.Session.Settings.Theme);
        Assert.Contains(AccessMessages.SettingsSaved, ui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Esc_after_a_change_asks_and_puts_the_theme_back()
    {
        using var ui = ToThemeChoice(Open());
        var before = ui.Loop.Theme;
        ui.Type("2");

        ui.Press(ConsoleKey.Escape);
        Assert.Contains(AccessMessages.DiscardChanges, ui.Text, StringComparison.Ordinal);
        ui.Press(ConsoleKey.Enter);

        Assert.Empty(ui.Loop.Screens);
        Assert.Same(before, ui.Loop.Theme);
        Assert.False(File.Exists(ui.Folder.SettingsFile));
    }

    [Fact]
    public void Esc_without_changes_leaves_at_once()
    {
        using var ui = TestUi.Initialised().LoggedIn(nav =>
        {
            nav.ShowSearch();
            nav.ShowSettings();
        });

        ui.Press(ConsoleKey.Escape);

        Assert.IsNotType<SettingsScreen>(ui.Loop.Top);
    }

    [Fact]
    public void Idle_minutes_and_the_clinic_phone_are_saved_and_used_at_once()
    {
        using var ui = Open();
        var settings = Assert.IsType<SettingsScreen>(ui.Loop.Top);
        settings.Box(SettingsField.Phone).Text = "03-9999-0000";
        settings.Box(SettingsField.IdleLockMinutes).Text = "0";

        ui.Press(ConsoleKey.F12);

        Assert.Equal(0, ui.Session.Settings.IdleLockMinutes);
        Assert.Equal("03-9999-0000", ClinicProfileFile.Load(ui.Folder)!.Phone);
        Assert.Equal("03-9999-0000", ui.Session.Clinic!.Phone);
        ui.Advance(TimeSpan.FromMinutes(30));
        Assert.False(ui.Session.IsLocked);
    }

    [Fact]
    public void A_backup_folder_that_cannot_be_made_is_refused_on_leave_and_on_save()
    {
        using var ui = Open(100, 30);
        var file = Path.Combine(ui.Root, "a-file");
        File.WriteAllText(file, "x");
        for (var i = 0; i < 8; i++)
        {
            ui.Press(ConsoleKey.Enter);
        }

        ui.Enter(Path.Combine(file, "backup"));
        Assert.Contains("エラー: バックアップ先: ", ui.Text, StringComparison.Ordinal);

        ui.Press(ConsoleKey.F12);
        Assert.False(File.Exists(ui.Folder.SettingsFile));
        Assert.Equal(Path.Combine(file, "backup"), Assert.IsType<SettingsScreen>(ui.Loop.Top).Box(SettingsField.BackupFolder).Text);
    }
}
