using TextEhr.App.Output;
using TextEhr.Domain.Clinical;
using TextEhr.Domain.Dates;
using TextEhr.Domain.Patients;

namespace TextEhr.App.Screens.Charting;

/// <summary>
/// The patient banner's words: who (氏名, カナ, 性別, 満年齢, 生年月日), the insurance and 負担割合, the
/// problems in care (主病名 first), and the allergies for the warning colour.
/// </summary>
/// <param name="Identity">First row: name, kana, sex, age, birth date.</param>
/// <param name="Details">Second row: insurance and problems.</param>
/// <param name="Warning">Allergies, never cut.</param>
public sealed record ChartBanner(string Identity, string Details, string Warning)
{
    public static ChartBanner Empty { get; } = new(string.Empty, string.Empty, ChartMessages.NoAllergies);

    public static ChartBanner Of(Patient patient, IReadOnlyList<Allergy> allergies, IReadOnlyList<Problem> problems, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(allergies);
        ArgumentNullException.ThrowIfNull(problems);
        var identity = $"{patient.Name.Full}（{patient.KanaName.Full}） {DisplayText.Of(patient.Sex)} {DisplayText.AgeOf(patient.BirthDate, today)} {JapaneseDateFormatter.FormatShort(patient.BirthDate)}生";
        var insurance = patient.Insurance is { } coverage
            ? $"{DisplayText.Insurance}: {DisplayText.Of(coverage.Kind)} {CopayView.Of(patient, today)?.Label}"
            : $"{DisplayText.Insurance}: {DisplayText.None}";
        var inCare = problems
            .Where(problem => problem.VoidedAt is null && problem.Outcome == ProblemOutcome.Continuing)
            .OrderByDescending(problem => problem.IsPrimary)
            .Select(problem => problem.IsPrimary ? problem.DisplayName + "（主）" : problem.DisplayName)
            .ToList();
        var details = inCare.Count == 0 ? insurance : $"{insurance}  {ChartMessages.Problems(string.Join("、", inCare))}";
        var current = allergies.Where(allergy => !allergy.IsVoided).Select(allergy => allergy.Substance).ToList();
        var warning = current.Count == 0 ? ChartMessages.NoAllergies : ChartMessages.Allergies(string.Join("、", current));
        return new ChartBanner(identity, details, warning);
    }
}
