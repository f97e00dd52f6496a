namespace TextEhr.Domain.Clinical;

/// <summary>アレルギー. FHIR: AllergyIntolerance. Append-only: a mistake is voided with a reason.</summary>
public sealed record Allergy
{
    public long Id { get; init; }

    public long PatientId { get; init; }

    public required AllergyCategory Category { get; init; }

    /// <summary>What the patient reacts to (薬剤名, 食物 …).</summary>
    public required string Substance { get; init; }

    /// <summary>症状 (発疹, 呼吸困難 …).</summary>
    public string Reaction { get; init; } = string.Empty;

    public AllergyVerification Verification { get; init; } = AllergyVerification.Confirmed;

    public long RecordedById { get; init; }

    public DateTimeOffset RecordedAt { get; init; }

    public DateTimeOffset? VoidedAt { get; init; }

    public string? VoidReason { get; init; }

    public bool IsVoided => VoidedAt is not null;
}
