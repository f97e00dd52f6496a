using TextEhr.Domain.Dates;
using TextEhr.Domain.Patients;

namespace TextEhr.App.Output;

/// <summary>One search hit in JSON.</summary>
public sealed record PatientSummaryJson(
    long Id,
    string ChartNumber,
    NameJson Name,
    NameJson Kana,
    Sex Sex,
    string SexLabel,
    DateOnly BirthDate,
    string BirthDateWareki,
    int? Age,
    string Phone,
    DateOnly? LastVisit)
{
    public static PatientSummaryJson From(PatientSummary summary, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new(
            summary.Id,
            summary.ChartNumber,
            NameJson.From(summary.Name),
            NameJson.From(summary.KanaName),
            summary.Sex,
            DisplayText.Of(summary.Sex),
            summary.BirthDate,
            JapaneseDateFormatter.FormatWareki(summary.BirthDate),
            DisplayText.YearsOf(summary.BirthDate, today),
            summary.Phone,
            summary.LastVisit);
    }
}
