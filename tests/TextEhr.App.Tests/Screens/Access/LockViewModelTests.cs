using TextEhr.App.Screens.Access;
using TextEhr.App.Tests.Support;
using TextEhr.Domain.Audit;

namespace TextEhr.App.Tests.Screens.Access;

public sealed class LockViewModelTests : IDisposable
{
    private readonly TestUi _ui = TestUi.Initialised();
    private readonly LockViewModel _lock;

    public LockViewModelTests()
    {
        _lock = new LockViewModel(_ui.Services, _ui.Doctor!);
    }

    public void Dispose() => _ui.Dispose();

    [Fact]
    public void The_right_password_unlocks_and_is_audited()
    {
        Assert.True(_lock.Unlock(TestUi.DoctorPassword));

        var row = _ui.Database.Audit.Recent(1)[0];
        Assert.Equal((AuditAction.Login, "unlock"), (row.Action, row.Detail));
    }

    [Fact]
    public void A_wrong_password_is_refused_counted_and_audited()
    {
        Assert.False(_lock.Unlock("wrong-password"));

        Assert.Equal(AccessMessages.WrongPassword, _lock.Message);
        Assert.False(_lock.IsLockedOut);
        Assert.Equal(1, _ui.Database.Users.FindById(_ui.Doctor!.Id)!.FailedLogins);
        var row = _ui.Database.Audit.Recent(1)[0];
        Assert.Equal((AuditAction.LoginFailed, (long?)_ui.Doctor.Id), (row.Action, row.UserId));
    }

    [Fact]
    public void Five_wrong_passwords_lock_out_and_then_even_the_right_one_fails()
    {
        for (var i = 0; i < 5; i++)
        {
            _lock.Unlock("wrong-password");
        }

        Assert.True(_lock.IsLockedOut);
        Assert.Contains(AccessMessages.LockedOutOnlyQuit, _lock.Message, StringComparison.Ordinal);
        Assert.False(_lock.Unlock(TestUi.DoctorPassword));
        Assert.NotNull(_ui.Database.Users.FindById(_ui.Doctor!.Id)!.LockedUntil);
    }

    [Fact]
    public void Failures_at_login_and_at_the_lock_screen_add_up()
    {
        var login = new LoginViewModel(_ui.Services) { Login = TestUi.DoctorLogin };
        for (var i = 0; i < 4; i++)
        {
            login.Password = "wrong-password";
            login.Submit();
        }

        _lock.Unlock("wrong-password");

        Assert.True(_lock.IsLockedOut);
    }
}
