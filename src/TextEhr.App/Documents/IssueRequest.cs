using TextEhr.Documents;

namespace TextEhr.App.Documents;

/// <summary>One document to issue: the rendered page, and what is kept of it.</summary>
/// <param name="PatientId">Whose document.</param>
/// <param name="EntryId">The chart entry it was made from, if any.</param>
/// <param name="Title">The list's 宛先/題.</param>
/// <param name="ModelJson">The edited model, as JSON.</param>
/// <param name="Document">The page.</param>
public sealed record IssueRequest(long PatientId, long? EntryId, string Title, string ModelJson, RenderedDocument Document);
