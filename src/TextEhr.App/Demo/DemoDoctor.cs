using TextEhr.Domain.Stores;
using TextEhr.Domain.Users;

namespace TextEhr.App.Demo;

/// <summary>The doctor the demo clinic's records are written by: an existing doctor, else a new demo login.</summary>
public static class DemoDoctor
{
    public const string Login = "demo";

    /// <summary>Known on purpose: the demo clinic holds no real patient.</summary>
    public const string Password = "demo";

    public const string DisplayName = "デモ 医師";

    /// <summary>The id of the first active doctor, creating the demo doctor when there is none.</summary>
    public static long Ensure(IUserStore users)
    {
        ArgumentNullException.ThrowIfNull(users);
        var doctor = users.All().FirstOrDefault(user => user.Role == UserRole.Doctor && user.RetiredAt is null);
        if (doctor is not null)
        {
            return doctor.Id;
        }

        var created = users.Add(
            new User { Login = Login, DisplayName = DisplayName, Role = UserRole.Doctor, PasswordHash = PasswordHasher.Hash(Password) },
            actingUserId: null);
        return created.Id;
    }
}
