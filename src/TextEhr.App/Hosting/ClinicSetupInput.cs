namespace TextEhr.App.Hosting;

/// <summary>What the first run registers, already checked: the clinic and its first doctor.</summary>
/// <param name="Profile">The clinic without doctors; <see cref="ClinicSetup"/> adds the doctor.</param>
/// <param name="DoctorName">The doctor's name as shown and printed.</param>
/// <param name="Login">The doctor's login, lower case.</param>
/// <param name="Password">The doctor's password; only its hash is kept.</param>
public sealed record ClinicSetupInput(ClinicProfile Profile, string DoctorName, string Login, string Password);
