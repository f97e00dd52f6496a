using TextEhr.Domain.Clinical;
using TextEhr.Domain.Prescriptions;

namespace TextEhr.Domain.Stores;

/// <summary>
/// The 2号用紙: one entry per visit, kept as versions. Drafts (一時保存) may change; a confirmed
/// version (確定) never does: a correction is a new version with a reason.
/// </summary>
public interface IChartStore
{
    /// <summary>Starts a visit's entry as a draft, version 1.</summary>
    ChartEntryVersion CreateDraft(long patientId, DateOnly visitDate, ChartEntryContent content, long userId);

    /// <summary>Replaces the content of a draft; refuses a confirmed version.</summary>
    ChartEntryVersion SaveDraft(long versionId, ChartEntryContent content, long userId);

    /// <summary>確定: freezes a draft version (durably: it survives a power cut once this returns).</summary>
    ChartEntryVersion Confirm(long versionId, long userId);

    /// <summary>訂正: a new draft version of a confirmed entry, with the reason.</summary>
    ChartEntryVersion Amend(long entryId, ChartEntryContent content, string reason, long userId);

    /// <summary>取消: a new confirmed version marking the entry void, with the reason.</summary>
    ChartEntryVersion Void(long entryId, string reason, long userId);

    /// <summary>Every version of an entry, oldest first (audited as a view).</summary>
    IReadOnlyList<ChartEntryVersion> History(long entryId, long userId);

    /// <summary>The newest version of each of a patient's entries, newest visit first (audited as a view).</summary>
    IReadOnlyList<ChartEntryVersion> Recent(long patientId, int limit, long userId);

    ChartEntryVersion? GetVersion(long versionId);

    /// <summary>The prescription of the patient's latest confirmed visit before a date (for Do処方).</summary>
    Prescription? LastPrescription(long patientId, DateOnly before);
}
