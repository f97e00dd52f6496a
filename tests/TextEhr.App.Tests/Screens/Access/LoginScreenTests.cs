using TextEhr.App.Screens.Access;
using TextEhr.App.Screens.Patients;
using TextEhr.App.Tests.Support;
using TextEhr.Domain.Audit;

namespace TextEhr.App.Tests.Screens.Access;

public sealed class LoginScreenTests
{
    [Fact]
    public void The_login_screen_names_the_clinic_and_fits_80_by_24()
    {
        using var ui = TestUi.Initialised();

        Assert.Contains("やまだ内科クリニック", ui.Text, StringComparison.Ordinal);
        Assert.Contains("ログインID [", ui.Text, StringComparison.Ordinal);
        Assert.Contains("パスワード [", ui.Text, StringComparison.Ordinal);
        Assert.StartsWith("F1ヘルプ", ui.Loop.Screen.ToString().Split('\n')[23], StringComparison.Ordinal);
    }

    [Fact]
    public void On_a_larger_terminal_the_box_stays_centred_under_the_clinic_name()
    {
        using var ui = TestUi.Initialised(120, 40);

        var rows = ui.Text.Split('\n');
        var nameRow = Array.FindIndex(rows, row => row.Contains("やまだ内科クリニック", StringComparison.Ordinal));
        var loginRow = Array.FindIndex(rows, row => row.Contains("ログインID [", StringComparison.Ordinal));
        Assert.InRange(nameRow, 10, loginRow - 1);
        Assert.InRange(rows[loginRow].IndexOf('|', StringComparison.Ordinal), 30, 34);
        Assert.Contains("F12ログイン", rows[39], StringComparison.Ordinal);
    }

    [Fact]
    public void Enter_on_the_password_logs_in_and_opens_the_patient_list()
    {
        using var ui = TestUi.Initialised();

        ui.Enter(TestUi.DoctorLogin).Enter(TestUi.DoctorPassword);

        Assert.IsType<PatientSearchScreen>(Assert.Single(ui.Loop.Screens));
        Assert.Equal(ui.Doctor!.Id, ui.Session.User?.Id);
        Assert.Equal(AuditAction.Login, ui.Database.Audit.Recent(1)[0].Action);
    }

    [Fact]
    public void The_password_is_masked_on_screen()
    {
        using var ui = TestUi.Initialised();

        ui.Enter(TestUi.DoctorLogin).Type("secret-pw");

        Assert.DoesNotContain("secret-pw", ui.Text, StringComparison.Ordinal);
        Assert.Contains("*********", ui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_password_shows_the_message_clears_the_box_and_stays()
    {
        using var ui = TestUi.Initialised();

        ui.Enter(TestUi.DoctorLogin).Enter("wrong-password");

        var login = Assert.IsType<LoginScreen>(ui.Loop.Top);
        Assert.Contains(AccessMessages.WrongPassword, ui.Text, StringComparison.Ordinal);
        Assert.Empty(login.PasswordBox.Text);
        Assert.Equal(TestUi.DoctorLogin, login.LoginBox.Text);
        Assert.Same(login.PasswordBox, login.Focused);
        Assert.Null(ui.Session.User);
        Assert.Equal(AuditAction.LoginFailed, ui.Database.Audit.Recent(1)[0].Action);
    }

    [Fact]
    public void After_five_failures_the_right_password_is_told_when_to_try_again()
    {
        using var ui = TestUi.Initialised();
        ui.Enter(TestUi.DoctorLogin);
        for (var i = 0; i < 5; i++)
        {
            ui.Enter("wrong-password");
        }

        ui.Enter(TestUi.DoctorPassword);

        Assert.Contains("ロックされています。10:15 以降にもう一度お", ui.Text, StringComparison.Ordinal);
        Assert.IsType<LoginScreen>(ui.Loop.Top);

        ui.Advance(TimeSpan.FromMinutes(15)).Enter(TestUi.DoctorPassword);
        Assert.IsType<PatientSearchScreen>(ui.Loop.Top);
    }

    [Fact]
    public void Enter_on_an_empty_login_box_moves_on_and_F12_asks_for_the_login()
    {
        using var ui = TestUi.Initialised();

        ui.Press(ConsoleKey.F12);

        Assert.Contains(AccessMessages.LoginRequired, ui.Text, StringComparison.Ordinal);
        Assert.IsType<LoginScreen>(ui.Loop.Top);
    }

    [Fact]
    public void Esc_asks_before_ending_the_program()
    {
        using var ui = TestUi.Initialised();

        ui.Press(ConsoleKey.Escape);
        Assert.Contains("TextEhr を終了しますか？", ui.Text, StringComparison.Ordinal);
        ui.Press(ConsoleKey.Escape);
        Assert.IsType<LoginScreen>(ui.Loop.Top);

        ui.Press(ConsoleKey.Escape).Press(ConsoleKey.Enter);
        Assert.Empty(ui.Loop.Screens);
    }
}
