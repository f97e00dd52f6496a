using System.Globalization;
using TextEhr.Domain.Audit;
using TextEhr.Domain.Clinical;
using TextEhr.Domain.Labs;
using TextEhr.Domain.Patients;
using TextEhr.Domain.Validation;
using TextEhr.Storage.Audit;
using TextEhr.Storage.Charts;
using TextEhr.Storage.Clinical;
using TextEhr.Storage.Labs;
using TextEhr.Storage.Patients;
using TextEhr.Storage.Sql;

namespace TextEhr.Storage;

/// <summary>
/// Loads many records fast (the demo clinic, the benchmark): the same tables, triggers, validation and
/// audit chain as the stores, but ~10,000 records per transaction with synchronous=OFF (notes/DB.md §8).
/// A crash mid-import can lose the open batch, never corrupt the file (WAL); the import is made durable
/// by <see cref="Complete"/>, which also refreshes the search index statistics. Each record is all or
/// nothing (a savepoint, journalled in memory: in a temp file its writes were over a quarter of the time),
/// so a refused one leaves no half-written rows behind. The audit chain's head is kept in memory while
/// the importer holds the write lock, and read again after each commit, when another process may append.
/// </summary>
public sealed class BulkImporter : IDisposable
{
    private const int RecordsPerTransaction = 10_000;

    private readonly SqliteSession _session;
    private readonly AuditChain _audit;
    private readonly PatientRows _patients;
    private readonly ChartVersionRows _charts;
    private readonly AllergyRows _allergies;
    private readonly ProblemRows _problems;
    private readonly LabRows _labs;
    private int _pending;
    private bool _finished;

    internal BulkImporter(SqliteSession session)
    {
        _session = session;
        _audit = new AuditChain(session, remembersHead: true);
        _patients = new PatientRows(session);
        _charts = new ChartVersionRows(session);
        _allergies = new AllergyRows(session);
        _problems = new ProblemRows(session);
        _labs = new LabRows(session);
        _session.Execute("PRAGMA synchronous = OFF");

        // Before BEGIN: a transaction decides at its start where its savepoint journal lives.
        _session.Execute("PRAGMA temp_store = MEMORY");
        _session.Begin();
    }

    /// <summary>Adds a patient as revision 1 (validated as the store does); returns its id.</summary>
    public long AddPatient(Patient patient, long userId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var errors = PatientValidator.Validate(patient, ClinicCalendar.Today(_session.Time));
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        return Record(() =>
        {
            var saved = _patients.Insert(patient, userId, at);
            _audit.Append(Entry(AuditAction.Create, AuditEntities.Patient, saved.Id, saved.Id, userId, at, "revision=1"));
            return saved.Id;
        });
    }

    /// <summary>Adds a visit's entry as version 1, confirmed by its author at <paramref name="at"/>; returns the entry id.</summary>
    public long AddConfirmedEntry(long patientId, DateOnly visitDate, ChartEntryContent content, long userId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Record(() =>
        {
            var entryId = _charts.InsertEntry(patientId, visitDate, userId, at);
            var versionId = _charts.InsertVersion(new NewVersion(entryId, 1, EntryStatus.Active, content, null, userId, at));
            _charts.Confirm(versionId, userId, at);
            var detail = string.Create(CultureInfo.InvariantCulture, $"version_id={versionId};version=1");
            _audit.Append(Entry(AuditAction.Create, AuditEntities.ChartEntry, entryId, patientId, userId, at, detail));
            _audit.Append(Entry(AuditAction.Confirm, AuditEntities.ChartEntry, entryId, patientId, userId, at, detail));
            return entryId;
        });
    }

    /// <summary>Adds an allergy, stamped with its RecordedAt (now when unset).</summary>
    public void AddAllergy(Allergy allergy, long userId)
    {
        ArgumentNullException.ThrowIfNull(allergy);
        var at = StampOf(allergy.RecordedAt);
        Record(() =>
        {
            var saved = _allergies.Insert(allergy, userId, at);
            return _audit.Append(Entry(AuditAction.Create, AuditEntities.Allergy, saved.Id, saved.PatientId, userId, at, string.Empty));
        });
    }

    /// <summary>Adds a problem (its SupersedesId kept, for imported revisions), stamped with its RecordedAt.</summary>
    public void AddProblem(Problem problem, long userId)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var at = StampOf(problem.RecordedAt);
        Record(() =>
        {
            var saved = _problems.Insert(problem, userId, at);
            return _audit.Append(Entry(AuditAction.Create, AuditEntities.Problem, saved.Id, saved.PatientId, userId, at, string.Empty));
        });
    }

    /// <summary>Adds a lab result, stamped with its RecordedAt (now when unset).</summary>
    public void AddLabResult(LabResult result, long userId)
    {
        ArgumentNullException.ThrowIfNull(result);
        var at = StampOf(result.RecordedAt);
        Record(() =>
        {
            var saved = _labs.InsertResult(result, userId, at);
            return _audit.Append(Entry(AuditAction.Create, AuditEntities.LabResult, saved.Id, saved.PatientId, userId, at, string.Empty));
        });
    }

    /// <summary>Commits, restores synchronous=FULL, optimises the search index, runs ANALYZE and truncates the WAL.</summary>
    public void Complete()
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        Finish();
        _session.Write(() =>
        {
            _session.Execute("INSERT INTO patients_fts(patients_fts) VALUES ('optimize')");
            _session.Execute("ANALYZE");
        });
        _session.Execute("PRAGMA wal_checkpoint(TRUNCATE)");
    }

    /// <summary>Commits what was added (even without <see cref="Complete"/>) and restores synchronous=FULL.</summary>
    public void Dispose()
    {
        if (!_finished)
        {
            Finish();
        }
    }

    private void Finish()
    {
        _finished = true;
        try
        {
            _session.Commit();
        }
        finally
        {
            _session.Rollback();
            _session.Execute("PRAGMA synchronous = FULL");
            _session.Execute("PRAGMA temp_store = DEFAULT");
        }
    }

    private T Record<T>(Func<T> work)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        _session.Execute("SAVEPOINT bulk_record");
        T result;
        try
        {
            result = work();
            _session.Execute("RELEASE bulk_record");
        }
        catch
        {
            _session.Execute("ROLLBACK TO bulk_record");
            _session.Execute("RELEASE bulk_record");
            _audit.ForgetHead();
            throw;
        }

        if (++_pending >= RecordsPerTransaction)
        {
            _session.Commit();
            _audit.ForgetHead();
            _session.Begin();
            _pending = 0;
        }

        return result;
    }

    private DateTimeOffset StampOf(DateTimeOffset recordedAt) => recordedAt == default ? _session.Now() : recordedAt;

    private static AuditEntry Entry(
        AuditAction action, string entity, long entityId, long patientId, long userId, DateTimeOffset at, string detail) => new()
        {
            At = at,
            Action = action,
            Entity = entity,
            EntityId = entityId,
            PatientId = patientId,
            UserId = userId,
            Detail = detail,
        };
}
