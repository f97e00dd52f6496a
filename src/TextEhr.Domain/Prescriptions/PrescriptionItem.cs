namespace TextEhr.Domain.Prescriptions;

/// <summary>One drug in an Rp: name, dose per day (or per use) and unit. FHIR: MedicationRequest.</summary>
public sealed record PrescriptionItem
{
    public required string DrugName { get; init; }

    /// <summary>YJ, レセ電 or 一般名 code, when known.</summary>
    public string? DrugCode { get; init; }

    public required decimal Dose { get; init; }

    /// <summary>錠, カプセル, g, mL, 包 …</summary>
    public required string Unit { get; init; }

    /// <summary>一般名処方 (the pharmacy may choose the maker).</summary>
    public bool IsGeneric { get; init; }
}
