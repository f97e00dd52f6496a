using TextEhr.App.Screens.Access;
using TextEhr.App.Tests.Support;
using TextEhr.Domain.Audit;

namespace TextEhr.App.Tests.Screens.Access;

public sealed class LockScreenTests
{
    // The settings screen stands in for any screen with typed, unsaved text.
    private static TestUi TypingInSettings()
    {
        var ui = TestUi.Initialised().LoggedIn(nav => nav.ShowSettings());
        ui.Type("本院");
        return ui;
    }

    [Fact]
    public void Ctrl_Q_covers_everything_and_names_the_user()
    {
        using var ui = TypingInSettings();

        ui.Press(ConsoleKey.Q, ConsoleModifiers.Control);

        Assert.True(ui.Session.IsLocked);
        Assert.IsType<LockScreen>(ui.Loop.Top);
        Assert.DoesNotContain("やまだ内科", ui.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("本院", ui.Text, StringComparison.Ordinal);
        Assert.Contains(AccessMessages.LockedUser("山田 一郎"), ui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Esc_does_not_uncover_the_screen()
    {
        using var ui = TypingInSettings();
        ui.Press(ConsoleKey.Q, ConsoleModifiers.Control);

        ui.Press(ConsoleKey.Escape);

        Assert.IsType<LockScreen>(ui.Loop.Top);
        Assert.True(ui.Session.IsLocked);
    }

    [Fact]
    public void The_right_password_returns_to_the_screen_as_it_was()
    {
        using var ui = TypingInSettings();
        ui.Press(ConsoleKey.Q, ConsoleModifiers.Control);

        ui.Enter(TestUi.DoctorPassword);

        var settings = Assert.IsType<SettingsScreen>(ui.Loop.Top);
        Assert.False(ui.Session.IsLocked);
        Assert.Equal("やまだ内科クリニック本院", settings.Box(SettingsField.ClinicName).Text);
        Assert.Contains("やまだ内科クリニック本院", ui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_password_is_refused_and_audited()
    {
        using var ui = TypingInSettings();
        ui.Press(ConsoleKey.Q, ConsoleModifiers.Control);

        ui.Enter("wrong-password");

        Assert.IsType<LockScreen>(ui.Loop.Top);
        Assert.Contains(AccessMessages.WrongPassword, ui.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-password", ui.Text, StringComparison.Ordinal);
        var row = ui.Database.Audit.Recent(1)[0];
        Assert.Equal((AuditAction.LoginFailed, (long?)ui.Doctor!.Id), (row.Action, row.UserId));
    }

    [Fact]
    public void After_the_lock_out_only_quitting_is_offered()
    {
        using var ui = TypingInSettings();
        ui.Press(ConsoleKey.Q, ConsoleModifiers.Control);
        for (var i = 0; i < 5; i++)
        {
            ui.Enter("wrong-password");
        }

        var bar = ui.Text.Split('\n')[23];
        Assert.Contains("F12終了", bar, StringComparison.Ordinal);
        Assert.DoesNotContain("解除", bar, StringComparison.Ordinal);
        Assert.DoesNotContain("パスワード [", ui.Text, StringComparison.Ordinal);

        ui.Enter(TestUi.DoctorPassword);
        Assert.IsType<LockScreen>(ui.Loop.Top);

        ui.Press(ConsoleKey.F12);
        Assert.False(ui.Loop.IsRunning);
    }

    [Fact]
    public void The_idle_lock_opens_the_same_lock_screen_and_unlocks()
    {
        using var ui = TypingInSettings();

        ui.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(15));
        Assert.IsType<LockScreen>(ui.Loop.Top);

        ui.Enter(TestUi.DoctorPassword);
        Assert.IsType<SettingsScreen>(ui.Loop.Top);
    }

    [Fact]
    public void Ctrl_Q_before_login_does_nothing()
    {
        using var ui = TestUi.Initialised();

        ui.Press(ConsoleKey.Q, ConsoleModifiers.Control);

        Assert.IsType<LoginScreen>(ui.Loop.Top);
        Assert.False(ui.Session.IsLocked);
    }
}
