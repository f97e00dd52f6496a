using System.Globalization;
using TextEhr.Domain.Clinical;
using TextEhr.Domain.Dates;
using TextEhr.Domain.Patients;

namespace TextEhr.App.Output;

/// <summary><c>patient show</c> as text: one labelled line per field, then the lists.</summary>
public static class PatientText
{
    public static void Write(TextWriter output, PatientRecord record, UserNames users)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(users);
        var patient = record.Patient;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{DisplayText.ChartNumber}: {patient.ChartNumber} ({DisplayText.Id} {patient.Id})"));
        Line(output, DisplayText.Name, patient.Name.Full);
        Line(output, DisplayText.Kana, patient.KanaName.Full);
        Line(output, DisplayText.Sex, DisplayText.Of(patient.Sex));
        Line(output, DisplayText.Birth, DisplayText.BirthWithAge(patient.BirthDate, record.Today));
        Line(output, DisplayText.PostalCode, patient.PostalCode);
        Line(output, DisplayText.Address, patient.Address);
        Line(output, DisplayText.Phone, patient.Phone);
        Line(output, DisplayText.Occupation, patient.Occupation);
        Line(output, DisplayText.Memo, patient.Memo);
        WriteInsurance(output, patient, record.Today);
        WritePublic(output, patient.PublicCoverages);
        WriteAllergies(output, record.Allergies);
        WriteProblems(output, record.Problems);
        WriteVisits(output, record.RecentVisits, users);
    }

    private static void WriteInsurance(TextWriter output, Patient patient, DateOnly today)
    {
        if (patient.Insurance is not { } coverage)
        {
            Line(output, DisplayText.Insurance, DisplayText.None);
            return;
        }

        var parts = new List<string> { DisplayText.Of(coverage.Kind) };
        if (coverage.InsurerNumber.Length > 0)
        {
            parts.Add($"保険者番号 {coverage.InsurerNumber}");
        }

        if (coverage.CardSymbol.Length > 0 || coverage.CardNumber.Length > 0)
        {
            parts.Add($"記号 {coverage.CardSymbol} 番号 {coverage.CardNumber}");
        }

        if (coverage.BranchNumber.Length > 0)
        {
            parts.Add($"枝番 {coverage.BranchNumber}");
        }

        parts.Add(DisplayText.Of(coverage.Relationship));
        if (coverage.ValidFrom is not null || coverage.ValidTo is not null)
        {
            parts.Add($"{DisplayText.ValidPeriod} {Period(coverage.ValidFrom, coverage.ValidTo)}");
        }

        Line(output, DisplayText.Insurance, string.Join("  ", parts));
        if (CopayView.Of(patient, today) is { } copay)
        {
            Line(output, DisplayText.Copay, $"{copay.Label}  {copay.Reason}");
            if (copay.Warning is { } warning)
            {
                output.WriteLine($"  {DisplayText.Warning}: {warning}");
            }
        }
    }

    private static void WritePublic(TextWriter output, IReadOnlyList<PublicCoverage> coverages)
    {
        if (coverages.Count == 0)
        {
            Line(output, DisplayText.PublicCoverage, DisplayText.None);
            return;
        }

        output.WriteLine($"{DisplayText.PublicCoverage}:");
        for (var i = 0; i < coverages.Count; i++)
        {
            var coverage = coverages[i];
            var period = coverage.ValidFrom is null && coverage.ValidTo is null
                ? string.Empty
                : $"  {DisplayText.ValidPeriod} {Period(coverage.ValidFrom, coverage.ValidTo)}";
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  第{i + 1}公費 負担者番号 {coverage.PayerNumber}  受給者番号 {coverage.RecipientNumber}{period}"));
        }
    }

    private static void WriteAllergies(TextWriter output, IReadOnlyList<Allergy> allergies)
    {
        if (allergies.Count == 0)
        {
            Line(output, DisplayText.Allergies, DisplayText.None);
            return;
        }

        output.WriteLine($"{DisplayText.Allergies}:");
        foreach (var allergy in allergies)
        {
            var reaction = allergy.Reaction.Length > 0 ? $" — {allergy.Reaction}" : string.Empty;
            output.WriteLine($"  [{DisplayText.Of(allergy.Category)}] {allergy.Substance}{reaction} ({DisplayText.Of(allergy.Verification)})");
        }
    }

    private static void WriteProblems(TextWriter output, IReadOnlyList<Problem> problems)
    {
        if (problems.Count == 0)
        {
            Line(output, DisplayText.Problems, DisplayText.None);
            return;
        }

        output.WriteLine($"{DisplayText.Problems}:");
        foreach (var problem in problems)
        {
            var code = problem.Icd10 is { Length: > 0 } icd ? $" ({icd})" : string.Empty;
            var primary = problem.IsPrimary ? $" {DisplayText.PrimaryProblem}" : string.Empty;
            var outcome = problem.OutcomeDate is { } date
                ? $"{DisplayText.Of(problem.Outcome)} {JapaneseDateFormatter.FormatIso(date)}"
                : DisplayText.Of(problem.Outcome);
            output.WriteLine($"  {problem.DisplayName}{code}{primary}  {DisplayText.Onset} {JapaneseDateFormatter.FormatIso(problem.OnsetDate)}  {outcome}");
        }
    }

    private static void WriteVisits(TextWriter output, IReadOnlyList<ChartEntryVersion> visits, UserNames users)
    {
        if (visits.Count == 0)
        {
            Line(output, DisplayText.RecentVisits, DisplayText.None);
            return;
        }

        output.WriteLine($"{DisplayText.RecentVisits}:");
        foreach (var visit in visits)
        {
            ChartVersionText.Write(output, visit, users);
        }
    }

    private static string Period(DateOnly? from, DateOnly? to) =>
        $"{(from is { } f ? JapaneseDateFormatter.FormatIso(f) : string.Empty)}〜{(to is { } t ? JapaneseDateFormatter.FormatIso(t) : string.Empty)}";

    private static void Line(TextWriter output, string label, string value) =>
        output.WriteLine($"{label}: {(value.Length == 0 ? DisplayText.Blank : value)}");
}
