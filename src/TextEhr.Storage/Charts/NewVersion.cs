using TextEhr.Domain.Clinical;

namespace TextEhr.Storage.Charts;

/// <summary>What <see cref="ChartVersionRows.InsertVersion"/> writes: a draft (active) or a void (confirmed at once).</summary>
internal sealed record NewVersion(
    long EntryId,
    int Number,
    EntryStatus Status,
    ChartEntryContent Content,
    string? Reason,
    long UserId,
    DateTimeOffset At);
