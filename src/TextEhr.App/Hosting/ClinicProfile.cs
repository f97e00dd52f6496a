namespace TextEhr.App.Hosting;

/// <summary>
/// The clinic itself, kept in <c>clinic.json</c>: what documents print in their header and what the
/// 医療機関番号 of FHIR and JAHIS is made of.
/// </summary>
public sealed record ClinicProfile
{
    public const int CurrentFormatVersion = 1;

    public int FormatVersion { get; init; } = CurrentFormatVersion;

    public required string Name { get; init; }

    /// <summary>医療機関コード, 7 digits.</summary>
    public required string InstitutionCode { get; init; }

    /// <summary>都道府県番号, 01 北海道 … 47 沖縄.</summary>
    public required string Prefecture { get; init; }

    public string PostalCode { get; init; } = string.Empty;

    public string Address { get; init; } = string.Empty;

    public string Phone { get; init; } = string.Empty;

    public IReadOnlyList<ClinicDoctor> Doctors { get; init; } = [];

    public bool IsDemo { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>医療機関番号 (10 digits): 都道府県 2 + 点数表 1 (1 医科) + 医療機関コード 7.</summary>
    public string InstitutionNumber => Prefecture + "1" + InstitutionCode;
}
