namespace TextEhr.Domain.Clinical;

/// <summary>
/// Whether a version is in force or a logical deletion. 一時保存 vs 確定 is told by
/// <see cref="ChartEntryVersion.IsConfirmed"/>; "superseded" by a newer version existing.
/// </summary>
public enum EntryStatus
{
    Active = 0,

    /// <summary>取消 (logical delete, with a reason).</summary>
    Voided = 1,
}
