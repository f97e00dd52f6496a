using TextEhr.Domain.Clinical;

namespace TextEhr.App.Screens.Charting;

/// <summary>
/// A page read by <see cref="EntryParser"/>: the content of every box that parsed (a draft keeps
/// those), the visit date when it parsed, and what is wrong with the rest (確定 needs none).
/// </summary>
/// <param name="Content">What parsed; boxes with problems are left out.</param>
/// <param name="VisitDate">The 受診日, or null when it is missing or wrong.</param>
/// <param name="Problems">The boxes that did not parse, in page order.</param>
public sealed record ParsedEntry(ChartEntryContent Content, DateOnly? VisitDate, IReadOnlyList<EntryProblem> Problems);
