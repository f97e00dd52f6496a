using TextEhr.App.Tests.Support;

namespace TextEhr.App.Tests.Screens;

public sealed class TestUiTests
{
    [Fact]
    public void Empty_folder_starts_on_the_setup_screen()
    {
        using var ui = TestUi.Empty();
        Assert.Single(ui.Loop.Screens);
        Assert.Equal("SetupScreen", ui.Loop.Screens[0].GetType().Name);
    }

    [Fact]
    public void Initialised_clinic_starts_on_the_login_screen()
    {
        using var ui = TestUi.Initialised();
        Assert.Equal("LoginScreen", ui.Loop.Screens[0].GetType().Name);
    }

    [Fact]
    public void Idle_lock_covers_the_screen_after_the_set_minutes()
    {
        using var ui = TestUi.Initialised().LoggedIn(nav => nav.ShowSearch());
        ui.Advance(TimeSpan.FromMinutes(9));
        Assert.False(ui.Session.IsLocked);
        ui.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(15));
        Assert.True(ui.Session.IsLocked);
        Assert.Equal("LockScreen", ui.Loop.Top!.GetType().Name);
    }
}
