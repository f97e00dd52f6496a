namespace TextEhr.Domain.Prescriptions;

/// <summary>処方: the Rp groups of one visit, 院外 (a paper prescription) or 院内 (dispensed here).</summary>
public sealed record Prescription
{
    public required IReadOnlyList<PrescriptionGroup> Groups { get; init; }

    /// <summary>院外処方 when true.</summary>
    public bool IsOutOfHouse { get; init; } = true;
}
