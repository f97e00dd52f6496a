using TextEhr.App.Screens.Access;
using TextEhr.App.Tests.Support;
using TextEhr.Domain.Audit;
using TextEhr.Domain.Users;

namespace TextEhr.App.Tests.Screens.Access;

public sealed class LoginViewModelTests : IDisposable
{
    private readonly TestUi _ui = TestUi.Initialised();
    private readonly LoginViewModel _login;

    public LoginViewModelTests()
    {
        _login = new LoginViewModel(_ui.Services);
    }

    public void Dispose() => _ui.Dispose();

    private AuditEntry LastAudit => _ui.Database.Audit.Recent(1)[0];

    private User? Submit(string login, string password)
    {
        _login.Login = login;
        _login.Password = password;
        return _login.Submit();
    }

    [Fact]
    public void The_right_password_returns_the_user_and_is_audited_as_a_login()
    {
        var user = Submit("YAMADA", TestUi.DoctorPassword);

        Assert.Equal(_ui.Doctor!.Id, user?.Id);
        Assert.Equal((AuditAction.Login, _ui.Doctor.Id, (long?)_ui.Doctor.Id), (LastAudit.Action, LastAudit.UserId!.Value, LastAudit.EntityId));
        Assert.Empty(_login.Password);
    }

    [Fact]
    public void A_wrong_password_says_neither_which_and_is_audited_without_the_password()
    {
        Assert.Null(Submit(TestUi.DoctorLogin, "wrong-password"));

        Assert.Equal(AccessMessages.WrongPassword, _login.Message);
        Assert.True(_login.IsError);
        Assert.Equal((AuditAction.LoginFailed, (long?)_ui.Doctor!.Id), (LastAudit.Action, LastAudit.UserId));
        Assert.DoesNotContain("wrong-password", LastAudit.Detail, StringComparison.Ordinal);
        Assert.Equal(1, _ui.Database.Users.FindById(_ui.Doctor.Id)!.FailedLogins);
    }

    [Fact]
    public void An_unknown_login_gets_the_same_message_and_an_audit_row_without_a_user()
    {
        Assert.Null(Submit("nobody", "whatever-1"));

        Assert.Equal(AccessMessages.WrongPassword, _login.Message);
        Assert.Equal(AuditAction.LoginFailed, LastAudit.Action);
        Assert.Null(LastAudit.UserId);
        Assert.DoesNotContain("nobody", LastAudit.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Five_wrong_passwords_lock_the_user_for_fifteen_minutes_even_with_the_right_one()
    {
        for (var i = 0; i < 5; i++)
        {
            Submit(TestUi.DoctorLogin, "wrong-password");
        }

        Assert.Null(Submit(TestUi.DoctorLogin, TestUi.DoctorPassword));
        Assert.Equal("ロックされています。10:15 以降にもう一度お試しください。", _login.Message);

        _ui.Time.Advance(TimeSpan.FromMinutes(15));
        Assert.NotNull(Submit(TestUi.DoctorLogin, TestUi.DoctorPassword));
        Assert.Equal(0, _ui.Database.Users.FindById(_ui.Doctor!.Id)!.FailedLogins);
    }

    [Fact]
    public void The_fifth_wrong_password_says_the_user_is_now_locked()
    {
        for (var i = 0; i < 4; i++)
        {
            Submit(TestUi.DoctorLogin, "wrong-password");
        }

        Assert.Equal(AccessMessages.WrongPassword, _login.Message);
        Submit(TestUi.DoctorLogin, "wrong-password");
        Assert.Equal(AccessMessages.LockedOut(TestClinic.Now.AddMinutes(15)), _login.Message);
    }

    [Fact]
    public void A_success_in_between_starts_the_count_again()
    {
        for (var i = 0; i < 4; i++)
        {
            Submit(TestUi.DoctorLogin, "wrong-password");
        }

        Submit(TestUi.DoctorLogin, TestUi.DoctorPassword);
        Submit(TestUi.DoctorLogin, "wrong-password");

        Assert.Equal(AccessMessages.WrongPassword, _login.Message);
        Assert.Null(_ui.Database.Users.FindById(_ui.Doctor!.Id)!.LockedUntil);
    }

    [Fact]
    public void A_retired_user_cannot_log_in_with_the_right_password()
    {
        _ui.Database.Users.Add(
            new User
            {
                Login = "tanaka",
                DisplayName = "田中 次郎",
                Role = UserRole.Doctor,
                PasswordHash = PasswordHasher.Hash("tanaka-pass-1", TestUi.PasswordIterations),
                RetiredAt = TestClinic.Now.AddDays(-1),
            },
            _ui.Doctor!.Id);

        Assert.Null(Submit("tanaka", "tanaka-pass-1"));
        Assert.Equal(AccessMessages.WrongPassword, _login.Message);
        Assert.Equal(AuditAction.LoginFailed, LastAudit.Action);
    }

    [Fact]
    public void Empty_boxes_are_asked_for_without_an_audit_row()
    {
        var before = _ui.Database.Audit.Recent(1)[0].Id;

        Assert.Null(Submit("  ", "x"));
        Assert.Equal(AccessMessages.LoginRequired, _login.Message);
        Assert.Null(Submit(TestUi.DoctorLogin, string.Empty));
        Assert.Equal(AccessMessages.PasswordRequired, _login.Message);
        Assert.Equal(before, LastAudit.Id);
    }
}
