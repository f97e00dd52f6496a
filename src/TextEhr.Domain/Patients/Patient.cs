namespace TextEhr.Domain.Patients;

/// <summary>
/// 患者. FHIR: Patient. Master data: edited in place, each edit kept as a history row by the store.
/// </summary>
public sealed record Patient
{
    /// <summary>Store key; 0 until saved.</summary>
    public long Id { get; init; }

    /// <summary>患者番号, digits, unique in the clinic; assigned by the store when empty.</summary>
    public string ChartNumber { get; init; } = string.Empty;

    public required PersonName Name { get; init; }

    public required PersonName KanaName { get; init; }

    public required Sex Sex { get; init; }

    public required DateOnly BirthDate { get; init; }

    public string PostalCode { get; init; } = string.Empty;

    public string Address { get; init; } = string.Empty;

    public string Phone { get; init; } = string.Empty;

    public string Occupation { get; init; } = string.Empty;

    public string Memo { get; init; } = string.Empty;

    public Coverage? Insurance { get; init; }

    /// <summary>第一〜第三公費, in priority order (at most three).</summary>
    public IReadOnlyList<PublicCoverage> PublicCoverages { get; init; } = [];

    /// <summary>Increases with every saved edit; the store refuses an edit made on a stale copy.</summary>
    public int Revision { get; init; }
}
