using TextEhr.Domain.Prescriptions;

namespace TextEhr.App.Demo;

/// <summary>
/// A drug as the demo doctor writes it: name with strength, dose per day (or per use for 頓服), unit,
/// 用法, and the drug class an allergy would rule out.
/// </summary>
internal sealed record DemoDrug(string Name, decimal Dose, string Unit, string Usage, DosageForm Form = DosageForm.Internal)
{
    /// <summary>ペニシリン系, NSAIDs …: matched against the patient's drug allergies.</summary>
    public string? AllergyClass { get; init; }

    /// <summary>週1回 drugs count their 日数 in doses (4日分 = four weeks).</summary>
    public bool IsWeekly { get; init; }

    /// <summary>The legal cap on 日数 (30 for most hypnotics), if any.</summary>
    public int? MaxDays { get; init; }

    public PrescriptionItem ToItem() => new() { DrugName = Name, Dose = Dose, Unit = Unit, IsGeneric = true };
}
