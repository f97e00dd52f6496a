using System.Globalization;
using TextEhr.Domain.Audit;
using TextEhr.Domain.Clinical;
using TextEhr.Domain.Prescriptions;
using TextEhr.Domain.Stores;
using TextEhr.Storage.Audit;
using TextEhr.Storage.Sql;

namespace TextEhr.Storage.Charts;

/// <summary>
/// <see cref="IChartStore"/> on SQLite. The rules (one draft at a time, reasons for 訂正 and 取消, only
/// the newest version confirms) are checked here with Japanese messages, and again by the schema's
/// triggers so that no other code path can break them.
/// </summary>
internal sealed class SqliteChartStore : IChartStore
{
    private readonly SqliteSession _session;
    private readonly AuditChain _audit;
    private readonly ChartVersionRows _rows;
    private readonly ChartQueries _queries;

    public SqliteChartStore(SqliteSession session, AuditChain audit)
    {
        _session = session;
        _audit = audit;
        _rows = new ChartVersionRows(session);
        _queries = new ChartQueries(session, _rows);
    }

    public ChartEntryVersion CreateDraft(long patientId, DateOnly visitDate, ChartEntryContent content, long userId)
    {
        ArgumentNullException.ThrowIfNull(content);
        return _session.Write(() =>
        {
            var now = _session.Now();
            var entryId = _rows.InsertEntry(patientId, visitDate, userId, now);
            var versionId = _rows.InsertVersion(new NewVersion(entryId, 1, EntryStatus.Active, content, null, userId, now));
            _audit.Append(AuditAction.Create, AuditEntities.ChartEntry, entryId, patientId, userId, Detail(versionId, 1));
            return _rows.ById(versionId)!;
        });
    }

    public ChartEntryVersion SaveDraft(long versionId, ChartEntryContent content, long userId)
    {
        ArgumentNullException.ThrowIfNull(content);
        return _session.Write(() =>
        {
            var version = Draft(versionId);
            _rows.UpdateDraft(versionId, content, userId, _session.Now());
            _audit.Append(AuditAction.Update, AuditEntities.ChartEntry, version.EntryId, version.PatientId, userId,
                Detail(versionId, version.Version));
            return _rows.ById(versionId)!;
        });
    }

    public ChartEntryVersion Confirm(long versionId, long userId) => _session.Write(() =>
    {
        var version = Draft(versionId);
        if (_rows.Latest(version.EntryId)!.Id != versionId)
        {
            throw ChartRules.Refusal(StorageMessages.NotNewestVersion);
        }

        if (version.Content.IsEmpty)
        {
            throw ChartRules.Refusal(StorageMessages.EmptyContent);
        }

        _rows.Confirm(versionId, userId, _session.Now());
        _audit.Append(AuditAction.Confirm, AuditEntities.ChartEntry, version.EntryId, version.PatientId, userId,
            Detail(versionId, version.Version));
        return _rows.ById(versionId)!;
    });

    public ChartEntryVersion Amend(long entryId, ChartEntryContent content, string reason, long userId)
    {
        ArgumentNullException.ThrowIfNull(content);
        var why = ChartRules.RequireReason(reason, StorageMessages.AmendReasonField);
        return _session.Write(() =>
        {
            var latest = Latest(entryId);
            ChartRules.EnsureAmendable(latest);
            var number = latest.Version + 1;
            var versionId = _rows.InsertVersion(
                new NewVersion(entryId, number, EntryStatus.Active, content, why, userId, _session.Now()));
            _audit.Append(AuditAction.Amend, AuditEntities.ChartEntry, entryId, latest.PatientId, userId,
                Detail(versionId, number) + string.Create(CultureInfo.InvariantCulture, $";amends_version_id={latest.Id}"));
            return _rows.ById(versionId)!;
        });
    }

    public ChartEntryVersion Void(long entryId, string reason, long userId)
    {
        var why = ChartRules.RequireReason(reason, StorageMessages.VoidReasonField);
        return _session.Write(() =>
        {
            var latest = Latest(entryId);
            ChartRules.EnsureNotVoided(latest);

            // The void carries the text it withdraws, so the history reads on its own; it prescribes nothing.
            var number = latest.Version + 1;
            var versionId = _rows.InsertVersion(
                new NewVersion(entryId, number, EntryStatus.Voided, latest.Content, why, userId, _session.Now()));
            _audit.Append(AuditAction.Void, AuditEntities.ChartEntry, entryId, latest.PatientId, userId,
                Detail(versionId, number));
            return _rows.ById(versionId)!;
        });
    }

    public IReadOnlyList<ChartEntryVersion> History(long entryId, long userId) => _session.Write(() =>
    {
        var versions = _rows.History(entryId);
        if (versions.Count > 0)
        {
            _audit.Append(AuditAction.View, AuditEntities.ChartEntry, entryId, versions[0].PatientId, userId, "history");
        }

        return versions;
    });

    public IReadOnlyList<ChartEntryVersion> Recent(long patientId, int limit, long userId)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return _session.Write(() =>
        {
            var versions = _queries.Recent(patientId, limit);
            _audit.Append(AuditAction.View, AuditEntities.ChartEntry, null, patientId, userId,
                string.Create(CultureInfo.InvariantCulture, $"recent;count={versions.Count}"));
            return versions;
        });
    }

    public ChartEntryVersion? GetVersion(long versionId) => _session.Read(() => _rows.ById(versionId));

    public Prescription? LastPrescription(long patientId, DateOnly before) =>
        _session.Read(() => _queries.LastPrescription(patientId, before));

    private static string Detail(long versionId, int version) =>
        string.Create(CultureInfo.InvariantCulture, $"version_id={versionId};version={version}");

    private ChartEntryVersion Draft(long versionId)
    {
        var version = _rows.ById(versionId) ?? throw new KeyNotFoundException($"No chart entry version {versionId}.");
        return version.IsConfirmed ? throw ChartRules.Refusal(StorageMessages.VersionAlreadyConfirmed) : version;
    }

    private ChartEntryVersion Latest(long entryId) =>
        _rows.Latest(entryId) ?? throw new KeyNotFoundException($"No chart entry {entryId}.");
}
