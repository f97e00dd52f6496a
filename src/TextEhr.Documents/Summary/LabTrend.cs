using TextEhr.Domain.Labs;

namespace TextEhr.Documents.Summary;

/// <summary>The last results of one lab item, oldest first, for a small trend line.</summary>
/// <param name="Item">検査項目.</param>
/// <param name="Unit">単位.</param>
/// <param name="Results">Up to <see cref="PatientSummaryModel.TrendLength"/> results, oldest first.</param>
public sealed record LabTrend(string Item, string Unit, IReadOnlyList<LabResult> Results);
