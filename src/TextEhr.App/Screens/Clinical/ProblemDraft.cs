namespace TextEhr.App.Screens.Clinical;

/// <summary>A new problem as typed into the form, before it is read.</summary>
/// <param name="Name">傷病名.</param>
/// <param name="Icd10">ICD-10 code or empty.</param>
/// <param name="IsSuspected">疑い.</param>
/// <param name="IsPrimary">主病名.</param>
/// <param name="Onset">開始日 in any form the date parser reads.</param>
public sealed record ProblemDraft(string Name, string Icd10, bool IsSuspected, bool IsPrimary, string Onset);
