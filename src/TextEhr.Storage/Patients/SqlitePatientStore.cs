using TextEhr.Domain.Audit;
using TextEhr.Domain.Patients;
using TextEhr.Domain.Stores;
using TextEhr.Domain.Validation;
using TextEhr.Storage.Audit;
using TextEhr.Storage.Sql;

namespace TextEhr.Storage.Patients;

/// <summary><see cref="IPatientStore"/> on SQLite: every write and every open is audited in its own transaction.</summary>
internal sealed class SqlitePatientStore : IPatientStore
{
    private const string OpenSql = "SELECT id, " + PatientRowReader.Columns + " FROM patients WHERE id = @id";
    private const string HistorySql = "SELECT patient_id, " + PatientRowReader.Columns
        + " FROM patients_history WHERE patient_id = @id ORDER BY revision";

    private const string FindByChartNumberSql = "SELECT id FROM patients WHERE chart_no = @chart_no";
    private const string CountSql = "SELECT count(*) FROM patients";

    private readonly SqliteSession _session;
    private readonly AuditChain _audit;
    private readonly PatientRows _rows;
    private readonly PatientSearch _search;

    public SqlitePatientStore(SqliteSession session, AuditChain audit, int inMemorySearchFrom)
    {
        _session = session;
        _audit = audit;
        _rows = new PatientRows(session);
        _search = new PatientSearch(session, inMemorySearchFrom);
    }

    internal PatientSearchIndex SearchIndex => _search.Index;

    public Patient Add(Patient patient, long userId)
    {
        Validate(patient);
        return _session.Write(() =>
        {
            var saved = _rows.Insert(patient, userId, _session.Now());
            _audit.Append(AuditAction.Create, AuditEntities.Patient, saved.Id, saved.Id, userId, "revision=1");
            return saved;
        });
    }

    public Patient Update(Patient patient, long userId)
    {
        Validate(patient);
        return _session.Write(() =>
        {
            var before = Read(patient.Id) ?? throw new KeyNotFoundException($"No patient {patient.Id}.");
            var edited = patient.ChartNumber.Length == 0 ? patient with { ChartNumber = before.ChartNumber } : patient;
            if (!_rows.Update(edited, userId, _session.Now()))
            {
                throw new StaleEditException();
            }

            var after = Read(patient.Id)!;
            var changed = PatientChanges.FieldNames(before, after);
            _audit.Append(AuditAction.Update, AuditEntities.Patient, after.Id, after.Id, userId,
                $"revision={after.Revision};fields={changed}");
            return after;
        });
    }

    public Patient? Open(long patientId, long userId) => _session.Write(() =>
    {
        var patient = Read(patientId);
        if (patient is not null)
        {
            _audit.Append(AuditAction.View, AuditEntities.Patient, patientId, patientId, userId);
        }

        return patient;
    });

    public long? FindIdByChartNumber(string chartNumber)
    {
        ArgumentNullException.ThrowIfNull(chartNumber);
        return _session.Read(() =>
            _session.ScalarInt64(FindByChartNumberSql, ("@chart_no", PatientRows.CleanChartNumber(chartNumber))));
    }

    public IReadOnlyList<PatientSummary> Search(string text, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var term = PatientSearchTerm.Classify(text);
        return _session.Read(() => _search.Find(term, limit));
    }

    public IReadOnlyList<Patient> History(long patientId) =>
        _session.Read(() => _session.Query(HistorySql, PatientRowReader.Read, ("@id", patientId)));

    public long Count() => _session.Read(() => _session.ScalarInt64(CountSql) ?? 0);

    private Patient? Read(long patientId) => _session.QuerySingle(OpenSql, PatientRowReader.Read, ("@id", patientId));

    private void Validate(Patient patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var errors = PatientValidator.Validate(patient, ClinicCalendar.Today(_session.Time));
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }
    }
}
