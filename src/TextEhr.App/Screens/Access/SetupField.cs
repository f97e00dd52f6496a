namespace TextEhr.App.Screens.Access;

/// <summary>The boxes of the first-run set-up, in the order they are filled.</summary>
public enum SetupField
{
    ClinicName,
    InstitutionCode,
    Prefecture,
    PostalCode,
    Address,
    Phone,
    DoctorName,
    Login,
    Password,
    PasswordAgain,
}
