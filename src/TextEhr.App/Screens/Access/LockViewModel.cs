using TextEhr.App.Ui;
using TextEhr.Domain.Users;

namespace TextEhr.App.Screens.Access;

/// <summary>
/// The lock screen's rule: only the logged-in user's password opens it. Wrong passwords count towards
/// the same lock-out as the login; once locked out, the screen can only end the program.
/// </summary>
public sealed class LockViewModel(ClinicServices services, User user)
{
    private readonly PasswordGate _gate = new(services.Users, services.Audit, services.Time);

    public User User => user;

    public string Message { get; private set; } = AccessMessages.LockHint;

    public bool IsError { get; private set; }

    /// <summary>True after the lock-out: the password box is gone and only quitting is offered.</summary>
    public bool IsLockedOut { get; private set; }

    /// <summary>Checks the password; true when the screen may open.</summary>
    public bool Unlock(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (IsLockedOut)
        {
            return false;
        }

        if (password.Length == 0)
        {
            return Fail(AccessMessages.PasswordRequired);
        }

        var result = _gate.Check(user, password, "unlock");
        if (result.Passed)
        {
            IsError = false;
            Message = string.Empty;
            return true;
        }

        IsLockedOut = result.IsLockedOut;
        return Fail(IsLockedOut ? result.Message + AccessMessages.LockedOutOnlyQuit : result.Message);
    }

    private bool Fail(string message)
    {
        Message = message;
        IsError = true;
        return false;
    }
}
