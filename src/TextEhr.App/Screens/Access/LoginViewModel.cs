using TextEhr.App.Input;
using TextEhr.App.Ui;
using TextEhr.Domain.Users;

namespace TextEhr.App.Screens.Access;

/// <summary>
/// The login screen's state and rule: a login and a password, checked by the <see cref="PasswordGate"/>.
/// A failure clears the password (never kept longer than needed) and keeps the login.
/// </summary>
public sealed class LoginViewModel(ClinicServices services)
{
    private readonly PasswordGate _gate = new(services.Users, services.Audit, services.Time);

    public string Login { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;

    /// <summary>The message after the last attempt.</summary>
    public string Message { get; private set; } = AccessMessages.LoginHint;

    /// <summary>True when the last message is an error.</summary>
    public bool IsError { get; private set; }

    /// <summary>Whether the login box needs the user next (it is empty).</summary>
    public bool NeedsLogin => Login.Trim().Length == 0;

    /// <summary>Tries to log in; returns the user on success, else null with <see cref="Message"/> set.</summary>
    public User? Submit()
    {
        if (NeedsLogin)
        {
            return Fail(AccessMessages.LoginRequired);
        }

        if (Password.Length == 0)
        {
            return Fail(AccessMessages.PasswordRequired);
        }

        var parsed = ClinicInput.ParseLogin(Login);
        var user = services.Users.FindByLogin(parsed.IsSuccess ? parsed.Value! : Login.Trim());
        var result = _gate.Check(user, Password, "login");
        Password = string.Empty;
        if (!result.Passed)
        {
            return Fail(result.Message);
        }

        IsError = false;
        Message = string.Empty;
        return result.User;
    }

    private User? Fail(string message)
    {
        Message = message;
        IsError = true;
        return null;
    }
}
