using TextEhr.App.Hosting;

namespace TextEhr.App.Cli;

/// <summary>What <c>init</c> read, checked, before anything is written.</summary>
public sealed record InitInput(ClinicProfile Profile, string DoctorName, string Login, string Password);
