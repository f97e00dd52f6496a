using TextEhr.Domain.Patients;

namespace TextEhr.App.Screens.Clinical;

/// <summary>
/// A common test with its usual unit and reference range, offered in the result form so the doctor
/// types a number instead of the item, the unit and both limits. Sex-specific ranges (Hb, Cr …) carry
/// the female range separately.
/// </summary>
/// <param name="Name">The name stored and charted (HbA1c, LDL-C, γ-GTP).</param>
/// <param name="Unit">The usual unit, in cells every terminal draws one wide.</param>
/// <param name="Low">基準値下限, null when there is none (CRP).</param>
/// <param name="High">基準値上限, null when there is none (eGFR).</param>
/// <param name="Aliases">Other spellings a doctor may type (a1c, ldl, 血糖).</param>
public sealed record LabItem(string Name, string Unit, decimal? Low, decimal? High, params string[] Aliases)
{
    public decimal? FemaleLow { get; init; }

    public decimal? FemaleHigh { get; init; }

    public (decimal? Low, decimal? High) RangeFor(Sex? sex) =>
        sex == Sex.Female && (FemaleLow is not null || FemaleHigh is not null) ? (FemaleLow, FemaleHigh) : (Low, High);
}
