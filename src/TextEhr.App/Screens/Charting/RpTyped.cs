namespace TextEhr.App.Screens.Charting;

/// <summary>The Rp dialog's boxes as typed.</summary>
/// <param name="DrugName">薬剤名.</param>
/// <param name="Dose">1回量.</param>
/// <param name="Unit">単位.</param>
/// <param name="Usage">用法.</param>
/// <param name="Duration">日数, or 回数 for 頓用.</param>
public sealed record RpTyped(string DrugName, string Dose, string Unit, string Usage, string Duration);
