using System.Globalization;
using TextEhr.Domain.Dates;
using TextEhr.Domain.Labs;
using TextEhr.Domain.Patients;

namespace TextEhr.App.Demo;

/// <summary>
/// The blood tests drawn at a regular visit, chosen by the patient's conditions: HbA1c and glucose for a
/// diabetic, the rest only in a full panel. eGFR comes from
/// creatinine by the Japanese equation (194 × Cre^−1.094 × age^−0.287, × 0.739 for women), so the two
/// agree as they do on a real report.
/// </summary>
internal static class DemoLabPanel
{
    public static IReadOnlyList<LabResult> Draw(
        DemoDice dice, DemoBody body, DemoTreatment treatment, DemoLabScope scope, DateOnly date, DateTimeOffset at)
    {
        var age = Age.FullYears(body.Birth, date);
        var results = new List<LabResult>(12);
        void Add(DemoLabItem item, double value) => results.Add(Result(item, value, date, at));

        var diabetesStep = treatment.StepOf(DemoChronicConditions.Diabetes);
        if (diabetesStep >= 0)
        {
            var hba1c = body.HbA1c - (0.35 * (diabetesStep + 1)) + dice.Normal(0, 0.3);
            Add(DemoLabItems.HbA1c, hba1c);
            Add(DemoLabItems.Glucose, (28.7 * hba1c) - 46.7 + dice.Normal(0, 18));
        }

        if (scope != DemoLabScope.Full)
        {
            return results;
        }

        var creatinine = Math.Max(0.3, body.Creatinine * (1 + (Math.Max(0, age - 60) * 0.008)) * (1 + dice.Normal(0, 0.05)));
        Add(DemoLabItems.Ast, body.Ast + dice.Normal(0, 3));
        Add(DemoLabItems.Alt(body.Sex), body.Alt + dice.Normal(0, 4));
        Add(DemoLabItems.Creatinine(body.Sex), creatinine);
        var egfr = 194 * Math.Pow(creatinine, -1.094) * Math.Pow(Math.Max(age, 18), -0.287) * (body.Sex == Sex.Female ? 0.739 : 1);
        Add(DemoLabItems.EGfr, egfr);

        var lipidStep = treatment.StepOf(DemoChronicConditions.Dyslipidaemia);
        if (lipidStep >= 0 || dice.Chance(0.3))
        {
            Add(DemoLabItems.Ldl, body.Ldl * (lipidStep >= 0 ? 0.68 - (0.07 * lipidStep) : 1) * (1 + dice.Normal(0, 0.07)));
            Add(DemoLabItems.Hdl(body.Sex), body.Hdl + dice.Normal(0, 4));
            Add(DemoLabItems.Triglycerides, Math.Max(25, body.Triglycerides * (1 + dice.Normal(0, 0.25))));
        }

        if (treatment.Has(DemoChronicConditions.Hypertension))
        {
            Add(DemoLabItems.Sodium, dice.Normal(141, 1.8));
            Add(DemoLabItems.Potassium, dice.Normal(4.2, 0.3));
        }

        var gout = treatment.StepOf(DemoChronicConditions.Hyperuricaemia);
        if (gout >= 0)
        {
            Add(DemoLabItems.UricAcid(body.Sex), body.UricAcid - (1.8 + (0.6 * gout)) + dice.Normal(0, 0.4));
        }

        return results;
    }

    /// <summary>The line a doctor copies into O at the next visit: <c>前回検査: HbA1c 7.1%、LDL-C 112 mg/dL、eGFR 65.2</c>.</summary>
    public static string Summary(IReadOnlyList<LabResult> results)
    {
        var shown = results
            .Where(result => result.ItemName is "HbA1c" or "LDL-C" or "eGFR" or "UA")
            .Select(result => $"{result.ItemName} {result.Value}{(string.Equals(result.Unit, "%", StringComparison.Ordinal) ? "%" : string.Empty)}");
        return $"前回検査: {string.Join("、", shown)}。";
    }

    private static LabResult Result(DemoLabItem item, double value, DateOnly date, DateTimeOffset at) => new()
    {
        ItemName = item.Name,
        Value = DemoBody.Round(Math.Max(0, value), item.Decimals).ToString("F" + item.Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
        Unit = item.Unit,
        ReferenceLow = item.Low,
        ReferenceHigh = item.High,
        CollectedOn = date,
        RecordedAt = at,
    };
}
