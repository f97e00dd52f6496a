namespace TextEhr.Domain.Clinical;

/// <summary>
/// 傷病名 on the problem list. FHIR: Condition. A change (転帰, 主病名) is a new row that supersedes the
/// old one; the old one stays readable.
/// </summary>
public sealed record Problem
{
    public long Id { get; init; }

    public long PatientId { get; init; }

    /// <summary>The row this one replaces, if any.</summary>
    public long? SupersedesId { get; init; }

    public required string Name { get; init; }

    /// <summary>ICD-10 code, optional (e.g. I10).</summary>
    public string? Icd10 { get; init; }

    /// <summary>主病名.</summary>
    public bool IsPrimary { get; init; }

    /// <summary>疑い.</summary>
    public bool IsSuspected { get; init; }

    /// <summary>開始日.</summary>
    public required DateOnly OnsetDate { get; init; }

    public ProblemOutcome Outcome { get; init; }

    /// <summary>転帰日, required when the outcome is not 継続.</summary>
    public DateOnly? OutcomeDate { get; init; }

    public long RecordedById { get; init; }

    public DateTimeOffset RecordedAt { get; init; }

    public DateTimeOffset? VoidedAt { get; init; }

    public string? VoidReason { get; init; }

    /// <summary>The name as printed: 「〜の疑い」 when suspected.</summary>
    public string DisplayName => IsSuspected ? Name + "の疑い" : Name;
}
