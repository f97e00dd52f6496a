using TextEhr.Domain.Patients;

namespace TextEhr.App.Screens.Patients;

/// <summary>What F12 did: the saved patient, or the boxes to fix, or a problem that is no one box's (a stale edit).</summary>
public sealed record PatientSaveOutcome(Patient? Saved, IReadOnlyList<PatientFieldError> Errors, string? Problem)
{
    public bool IsSaved => Saved is not null;
}
