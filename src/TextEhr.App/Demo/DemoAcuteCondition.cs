using TextEhr.Domain.Patients;

namespace TextEhr.App.Demo;

/// <summary>
/// A short illness seen once or twice: when it is seen (season, age, sex), what the patient says, what
/// the doctor finds, the 傷病名 (sometimes first as 疑い), temperature and the prescription.
/// </summary>
internal sealed record DemoAcuteCondition(
    string ProblemName,
    string Icd10,
    double Weight,
    IReadOnlyList<string> Subjective,
    IReadOnlyList<string> Objective,
    IReadOnlyList<string> Plan,
    IReadOnlyList<DemoAcuteRp> Prescription)
{
    /// <summary>Months (1–12) it is seen in; empty for all year.</summary>
    public IReadOnlyList<int> Months { get; init; } = [];

    public Func<int, Sex, bool> Eligible { get; init; } = (_, _) => true;

    /// <summary>Mean body temperature at the visit, or null when it is not measured.</summary>
    public double? Temperature { get; init; }

    /// <summary>How often a second visit follows a few days later.</summary>
    public double FollowUpChance { get; init; }

    /// <summary>What a child under 12 gets instead (powders and dry syrups); the adult list when null.</summary>
    public IReadOnlyList<DemoAcuteRp>? ChildPrescription { get; init; }

    /// <summary>A 疑い病名 written at the first visit and closed as 中止 at the second, if any.</summary>
    public (string Name, string Icd10)? Suspected { get; init; }
}
