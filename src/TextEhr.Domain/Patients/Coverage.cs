namespace TextEhr.Domain.Patients;

/// <summary>
/// 保険 (the health insurance card). FHIR: Coverage. Numbers are kept as typed on the card; the
/// 保険者番号 is checked by <c>Insurance.InsurerNumber</c> before it gets here.
/// </summary>
public sealed record Coverage
{
    public required InsuranceKind Kind { get; init; }

    /// <summary>保険者番号 (8 digits, 6 for 国保); empty for 自費.</summary>
    public string InsurerNumber { get; init; } = string.Empty;

    /// <summary>記号.</summary>
    public string CardSymbol { get; init; } = string.Empty;

    /// <summary>番号.</summary>
    public string CardNumber { get; init; } = string.Empty;

    /// <summary>枝番: two digits, or empty when the card has none.</summary>
    public string BranchNumber { get; init; } = string.Empty;

    public InsuredRelationship Relationship { get; init; } = InsuredRelationship.Self;

    public DateOnly? ValidFrom { get; init; }

    public DateOnly? ValidTo { get; init; }

    /// <summary>The rate printed on the card (高齢受給者証, 後期高齢者), in 割; null when none.</summary>
    public int? CardCopayTenths { get; init; }

    /// <summary>A rate the clerk set by hand, in 割; wins over the derived one.</summary>
    public int? CopayOverrideTenths { get; init; }
}
