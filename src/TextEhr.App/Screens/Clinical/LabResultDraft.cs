namespace TextEhr.App.Screens.Clinical;

/// <summary>A result as typed into the form, before it is read.</summary>
/// <param name="Item">項目: a name or the number of a common item.</param>
/// <param name="Value">値 as reported (6.8, 陰性).</param>
/// <param name="Unit">単位.</param>
/// <param name="Low">基準値下限 or empty.</param>
/// <param name="High">基準値上限 or empty.</param>
/// <param name="Collected">採取日 in any form the date parser reads.</param>
public sealed record LabResultDraft(string Item, string Value, string Unit, string Low, string High, string Collected);
