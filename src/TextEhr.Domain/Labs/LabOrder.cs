namespace TextEhr.Domain.Labs;

/// <summary>検査オーダー: the items ordered on a visit. FHIR: ServiceRequest.</summary>
public sealed record LabOrder
{
    public long Id { get; init; }

    public long PatientId { get; init; }

    public required DateOnly OrderedOn { get; init; }

    /// <summary>Item names (or JLAC10 codes) as ordered.</summary>
    public required IReadOnlyList<string> Items { get; init; }

    public long OrderedById { get; init; }

    public DateTimeOffset RecordedAt { get; init; }

    public DateTimeOffset? VoidedAt { get; init; }

    public string? VoidReason { get; init; }
}
