using TextEhr.Domain.Prescriptions;

namespace TextEhr.Domain.Clinical;

/// <summary>
/// What one visit's page of the 2号用紙 says: S, O (with vitals), A, P and the prescription.
/// A version of a chart entry freezes one of these.
/// </summary>
public sealed record ChartEntryContent
{
    public string Subjective { get; init; } = string.Empty;

    public string Objective { get; init; } = string.Empty;

    public string Assessment { get; init; } = string.Empty;

    public string Plan { get; init; } = string.Empty;

    public Vitals Vitals { get; init; } = new();

    public Prescription? Prescription { get; init; }

    public bool IsEmpty => Subjective.Length == 0 && Objective.Length == 0 && Assessment.Length == 0
        && Plan.Length == 0 && Vitals.IsEmpty && (Prescription is null || Prescription.Groups.Count == 0);
}
