using TextEhr.App.Hosting;
using TextEhr.Domain.Users;

namespace TextEhr.App.Screens.Access;

/// <summary>What F12 on the set-up screen did: registered, or the first box to fix and why.</summary>
/// <param name="Profile">The saved clinic, on success.</param>
/// <param name="Doctor">The first doctor, on success.</param>
/// <param name="ErrorField">The box to go back to, when something is wrong with one.</param>
/// <param name="Error">What is wrong, with the box's caption.</param>
public sealed record SetupOutcome(ClinicProfile? Profile, User? Doctor, SetupField? ErrorField, string? Error)
{
    public bool Succeeded => Profile is not null;
}
