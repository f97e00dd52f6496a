namespace TextEhr.Domain.Patients;

/// <summary>公費: 公費負担者番号 and 受給者番号 with their validity.</summary>
public sealed record PublicCoverage
{
    /// <summary>公費負担者番号, 8 digits with check digit.</summary>
    public required string PayerNumber { get; init; }

    /// <summary>受給者番号, 7 digits (empty for some programmes).</summary>
    public string RecipientNumber { get; init; } = string.Empty;

    public DateOnly? ValidFrom { get; init; }

    public DateOnly? ValidTo { get; init; }
}
