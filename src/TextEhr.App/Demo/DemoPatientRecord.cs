using TextEhr.Domain.Clinical;
using TextEhr.Domain.Labs;
using TextEhr.Domain.Patients;

namespace TextEhr.App.Demo;

/// <summary>
/// Everything the demo generates for one patient, before the database gives it an id; patient ids on
/// the clinical rows are filled in on insertion.
/// </summary>
internal sealed record DemoPatientRecord(
    Patient Patient,
    DateTimeOffset RegisteredAt,
    IReadOnlyList<DemoVisit> Visits,
    IReadOnlyList<Allergy> Allergies,
    IReadOnlyList<Problem> Problems,
    IReadOnlyList<LabResult> LabResults);
