using TextEhr.Domain.Clinical;

namespace TextEhr.Storage.Charts;

/// <summary>A version as read from its row, before its prescription rows are attached.</summary>
internal sealed record StoredVersion(ChartEntryVersion Version, bool? PrescriptionOutOfHouse);
