using TextEhr.App.Hosting;

namespace TextEhr.App.Screens.Access;

/// <summary>What F12 on the settings screen did: saved, or the first box to fix and why.</summary>
/// <param name="Settings">The saved settings, on success.</param>
/// <param name="Clinic">The saved clinic (null when the folder has none), on success.</param>
/// <param name="ErrorField">The box to go back to, when one is wrong.</param>
/// <param name="Error">What is wrong.</param>
public sealed record SettingsOutcome(ClinicSettings? Settings, ClinicProfile? Clinic, SettingsField? ErrorField, string? Error)
{
    public bool Succeeded => Settings is not null;
}
