using TextEhr.App.Input;
using TextEhr.Domain.Users;
using TextEhr.Domain.Validation;

namespace TextEhr.App.Cli;

/// <summary>Only a doctor confirms (確定) a chart entry; a clerk's 代行入力 waits for the doctor.</summary>
public static class DoctorCheck
{
    /// <summary>Refuses anyone but a doctor.</summary>
    /// <exception cref="ValidationException">The user is not a doctor.</exception>
    public static void RequireDoctor(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Role != UserRole.Doctor)
        {
            throw new ValidationException([new ValidationError(Fields.User, CliMessages.OnlyDoctorsConfirm(user.Login))]);
        }
    }
}
