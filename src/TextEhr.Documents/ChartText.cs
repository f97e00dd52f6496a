using System.Globalization;
using System.Text;
using TextEhr.Domain.Clinical;
using TextEhr.Domain.Dates;
using TextEhr.Domain.Labs;
using TextEhr.Domain.Prescriptions;

namespace TextEhr.Documents;

/// <summary>Chart data written as the plain text a doctor would put on a form.</summary>
public static class ChartText
{
    /// <summary>Continuing, not voided problems, primary first, one per line.</summary>
    public static string Diagnoses(IEnumerable<Problem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return string.Join("\n", Active(problems).Select(static p => p.DisplayName));
    }

    /// <summary>Continuing, not voided problems, primary first then by onset.</summary>
    public static IReadOnlyList<Problem> Active(IEnumerable<Problem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return [.. problems
            .Where(static p => p.VoidedAt is null && p.Outcome == ProblemOutcome.Continuing)
            .OrderByDescending(static p => p.IsPrimary)
            .ThenBy(static p => p.OnsetDate)];
    }

    /// <summary>A note as <c>S) …</c>, <c>O) …</c>, <c>A) …</c>, <c>P) …</c> lines, empty parts left out.</summary>
    public static string Soap(ChartEntryContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var builder = new StringBuilder();
        foreach (var (label, text) in new[] { ("S", content.Subjective), ("O", content.Objective), ("A", content.Assessment), ("P", content.Plan) })
        {
            if (text.Length > 0)
            {
                builder.Append(label).Append(") ").Append(text).Append('\n');
            }
        }

        return builder.ToString().TrimEnd('\n');
    }

    /// <summary>Allergies in force as one line, e.g. <c>アレルギー: ペニシリン（発疹）、卵</c>; empty when none.</summary>
    public static string AllergyLine(IEnumerable<Allergy> allergies)
    {
        ArgumentNullException.ThrowIfNull(allergies);
        var items = allergies
            .Where(static a => !a.IsVoided)
            .Select(static a => a.Reaction.Length > 0 ? $"{a.Substance}（{a.Reaction}）" : a.Substance)
            .ToList();
        return items.Count == 0 ? string.Empty : "アレルギー: " + string.Join("、", items);
    }

    /// <summary>The newest value of each lab item, e.g. <c>HbA1c 7.2 % (R7.4.1)</c>, one per line.</summary>
    public static string LatestResults(IEnumerable<LabResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return string.Join("\n", Latest(results).Select(static r => Result(r)));
    }

    /// <summary>The newest not voided result of each item, in item order of first appearance.</summary>
    public static IReadOnlyList<LabResult> Latest(IEnumerable<LabResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return [.. results
            .Where(static r => r.VoidedAt is null)
            .GroupBy(static r => r.ItemName, StringComparer.Ordinal)
            .Select(static g => g.OrderByDescending(static r => r.CollectedOn).ThenByDescending(static r => r.Id).First())];
    }

    /// <summary>One result: item, value, unit, mark when out of range, and the date.</summary>
    public static string Result(LabResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var mark = result.Interpretation switch
        {
            LabInterpretation.High => " (H)",
            LabInterpretation.Low => " (L)",
            _ => string.Empty,
        };
        var unit = result.Unit.Length > 0 ? " " + result.Unit : string.Empty;
        return $"{result.ItemName} {result.Value}{unit}{mark} ({JapaneseDateFormatter.FormatShort(result.CollectedOn)})";
    }

    /// <summary>A prescription as Rp lines: drugs, then 用法 and 日数.</summary>
    public static string Prescription(Prescription prescription)
    {
        ArgumentNullException.ThrowIfNull(prescription);
        var builder = new StringBuilder();
        var rp = 1;
        foreach (var group in prescription.Groups)
        {
            foreach (var item in group.Items)
            {
                var prefix = item == group.Items[0] ? $"Rp{rp}　" : "　　　";
                builder.Append(prefix).Append(item.DrugName).Append(' ').Append(Dose(item)).Append('\n');
            }

            builder.Append("　　　").Append(group.Usage).Append('　').Append(Duration(group)).Append('\n');
            rp++;
        }

        return builder.ToString().TrimEnd('\n');
    }

    /// <summary>The dose with its unit, e.g. <c>1錠</c>.</summary>
    public static string Dose(PrescriptionItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Dose.ToString("0.###", CultureInfo.InvariantCulture) + item.Unit;
    }

    /// <summary>The duration, e.g. <c>14日分</c>, <c>10回分</c>.</summary>
    public static string Duration(PrescriptionGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var count = group.Duration.ToString(CultureInfo.InvariantCulture);
        return group.DurationUnit switch
        {
            DurationUnit.Days => count + "日分",
            DurationUnit.Times => count + "回分",
            _ => count,
        };
    }

    /// <summary>性別 as printed.</summary>
    public static string Sex(Domain.Patients.Sex sex) => sex == Domain.Patients.Sex.Male ? "男" : "女";
}
