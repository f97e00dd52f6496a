using TextEhr.Domain.Stores;
using TextEhr.Domain.Users;

namespace TextEhr.App.Hosting;

/// <summary>
/// The first run, shared by <c>textehr init</c> and the set-up screen: the first doctor in the database,
/// then <c>clinic.json</c> naming them. Input is parsed and checked by the caller beforehand.
/// </summary>
public static class ClinicSetup
{
    /// <summary>Whether the folder already has a clinic or a user: set-up would then overwrite someone's data.</summary>
    public static bool IsDone(DataFolder folder, IUserStore users)
    {
        ArgumentNullException.ThrowIfNull(users);
        return ClinicProfileFile.Exists(folder) || users.All().Count > 0;
    }

    /// <summary>Creates the doctor and writes <c>clinic.json</c>; returns the profile as saved.</summary>
    public static (ClinicProfile Profile, User Doctor) Register(
        DataFolder folder, IUserStore users, ClinicSetupInput input, int passwordIterations, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(input);
        var doctor = users.Add(
            new User
            {
                Login = input.Login,
                DisplayName = input.DoctorName,
                Role = UserRole.Doctor,
                PasswordHash = PasswordHasher.Hash(input.Password, passwordIterations),
            },
            actingUserId: null);
        var profile = input.Profile with
        {
            Doctors = [new ClinicDoctor(doctor.Id, doctor.Login, doctor.DisplayName)],
            CreatedAt = now,
        };
        ClinicProfileFile.Save(folder, profile);
        return (profile, doctor);
    }
}
