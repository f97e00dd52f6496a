using TextEhr.Domain.Clinical;
using TextEhr.Domain.Patients;

namespace TextEhr.App.Output;

/// <summary>Everything <c>patient show</c> prints about one patient, read once.</summary>
public sealed record PatientRecord(
    Patient Patient,
    IReadOnlyList<Allergy> Allergies,
    IReadOnlyList<Problem> Problems,
    IReadOnlyList<ChartEntryVersion> RecentVisits,
    DateOnly Today);
