using TextEhr.Domain.Dates;
using TextEhr.Domain.Patients;

namespace TextEhr.App.Output;

/// <summary>A patient in JSON: every field, the 和暦 birth date, age, insurance with its 負担割合, 公費,
/// allergies, problems and recent chart entries.</summary>
public sealed record PatientJson(
    long Id,
    string ChartNumber,
    NameJson Name,
    NameJson Kana,
    Sex Sex,
    string SexLabel,
    DateOnly BirthDate,
    string BirthDateWareki,
    int? Age,
    string PostalCode,
    string Address,
    string Phone,
    string Occupation,
    string Memo,
    int Revision,
    CoverageJson? Insurance,
    IReadOnlyList<PublicCoverageJson> PublicCoverages,
    IReadOnlyList<AllergyJson> Allergies,
    IReadOnlyList<ProblemJson> Problems,
    IReadOnlyList<ChartVersionJson> RecentVisits)
{
    public static PatientJson From(PatientRecord record, UserNames users)
    {
        ArgumentNullException.ThrowIfNull(record);
        var patient = record.Patient;
        var copay = CopayView.Of(patient, record.Today);
        return new(
            patient.Id,
            patient.ChartNumber,
            NameJson.From(patient.Name),
            NameJson.From(patient.KanaName),
            patient.Sex,
            DisplayText.Of(patient.Sex),
            patient.BirthDate,
            JapaneseDateFormatter.FormatWareki(patient.BirthDate),
            DisplayText.YearsOf(patient.BirthDate, record.Today),
            patient.PostalCode,
            patient.Address,
            patient.Phone,
            patient.Occupation,
            patient.Memo,
            patient.Revision,
            patient.Insurance is { } coverage && copay is not null ? CoverageJson.From(coverage, copay) : null,
            [.. patient.PublicCoverages.Select(PublicCoverageJson.From)],
            [.. record.Allergies.Select(AllergyJson.From)],
            [.. record.Problems.Select(ProblemJson.From)],
            [.. record.RecentVisits.Select(v => ChartVersionJson.From(v, users))]);
    }
}
