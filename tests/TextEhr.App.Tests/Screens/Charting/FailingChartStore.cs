using TextEhr.Domain.Clinical;
using TextEhr.Domain.Prescriptions;
using TextEhr.Domain.Stores;

namespace TextEhr.App.Tests.Screens.Charting;

/// <summary>The real store, except that writing a draft fails as a full disk does.</summary>
internal sealed class FailingChartStore(IChartStore inner) : IChartStore
{
    public bool Fail { get; set; } = true;

    public ChartEntryVersion CreateDraft(long patientId, DateOnly visitDate, ChartEntryContent content, long userId) =>
        Fail ? throw new IOException("disk full") : inner.CreateDraft(patientId, visitDate, content, userId);

    public ChartEntryVersion SaveDraft(long versionId, ChartEntryContent content, long userId) =>
        Fail ? throw new IOException("disk full") : inner.SaveDraft(versionId, content, userId);

    public ChartEntryVersion Confirm(long versionId, long userId) => inner.Confirm(versionId, userId);

    public ChartEntryVersion Amend(long entryId, ChartEntryContent content, string reason, long userId) => inner.Amend(entryId, content, reason, userId);

    public ChartEntryVersion Void(long entryId, string reason, long userId) => inner.Void(entryId, reason, userId);

    public IReadOnlyList<ChartEntryVersion> History(long entryId, long userId) => inner.History(entryId, userId);

    public IReadOnlyList<ChartEntryVersion> Recent(long patientId, int limit, long userId) => inner.Recent(patientId, limit, userId);

    public ChartEntryVersion? GetVersion(long versionId) => inner.GetVersion(versionId);

    public Prescription? LastPrescription(long patientId, DateOnly before) => inner.LastPrescription(patientId, before);
}
