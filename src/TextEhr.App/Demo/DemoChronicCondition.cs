using TextEhr.Domain.Patients;

namespace TextEhr.App.Demo;

/// <summary>
/// A condition followed at regular visits: its 傷病名, how common it is by age and sex, the treatment
/// steps a doctor climbs (each a full list of the condition's drugs; one of a few pathways per patient),
/// what the patient says and what the doctor writes about it.
/// </summary>
internal sealed record DemoChronicCondition(
    string ProblemName,
    string Icd10,
    Func<int, Sex, double> Prevalence,
    IReadOnlyList<IReadOnlyList<IReadOnlyList<DemoDrug>>> Pathways,
    IReadOnlyList<string> Subjective,
    IReadOnlyList<string> Assessment,
    IReadOnlyList<string> Plan);
