namespace TextEhr.Documents;

/// <summary>
/// The issuing clinic as printed on a document. Documents cannot see the app's clinic profile, so the
/// caller copies the fields it needs.
/// </summary>
public sealed record ClinicInfo
{
    /// <summary>医療機関名.</summary>
    public required string Name { get; init; }

    /// <summary>医療機関コード, 7 digits (点数表 1 digit + 機関 6 digits).</summary>
    public string InstitutionCode { get; init; } = string.Empty;

    /// <summary>都道府県番号, 2 digits.</summary>
    public string Prefecture { get; init; } = string.Empty;

    /// <summary>郵便番号.</summary>
    public string PostalCode { get; init; } = string.Empty;

    /// <summary>所在地.</summary>
    public string Address { get; init; } = string.Empty;

    /// <summary>電話番号.</summary>
    public string Phone { get; init; } = string.Empty;
}
