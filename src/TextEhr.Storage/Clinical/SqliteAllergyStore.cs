using TextEhr.Domain.Audit;
using TextEhr.Domain.Clinical;
using TextEhr.Domain.Stores;
using TextEhr.Storage.Audit;
using TextEhr.Storage.Sql;

namespace TextEhr.Storage.Clinical;

/// <summary><see cref="IAllergyStore"/> on SQLite: rows are appended; a void sets the void columns once.</summary>
internal sealed class SqliteAllergyStore : IAllergyStore
{
    private const string VoidSql = """
        UPDATE allergies SET voided_by = @user, voided_at = @at, void_reason = @reason
        WHERE id = @id AND voided_at IS NULL
        RETURNING patient_id
        """;

    private const string ForPatientSql = "SELECT " + AllergyRows.Columns
        + " FROM allergies WHERE patient_id = @patient AND voided_at IS NULL ORDER BY recorded_at, id";

    private readonly SqliteSession _session;
    private readonly AuditChain _audit;
    private readonly AllergyRows _rows;

    public SqliteAllergyStore(SqliteSession session, AuditChain audit)
    {
        _session = session;
        _audit = audit;
        _rows = new AllergyRows(session);
    }

    public Allergy Add(Allergy allergy, long userId)
    {
        ArgumentNullException.ThrowIfNull(allergy);
        ClinicalRules.Require(allergy.Substance, StorageMessages.SubstanceField);
        return _session.Write(() =>
        {
            var saved = _rows.Insert(allergy, userId, _session.Now());
            _audit.Append(AuditAction.Create, AuditEntities.Allergy, saved.Id, saved.PatientId, userId);
            return saved;
        });
    }

    public void Void(long allergyId, string reason, long userId)
    {
        var why = ClinicalRules.RequireReason(reason);
        _session.Write(() =>
        {
            var patientId = _session.ScalarInt64(
                VoidSql, ("@id", allergyId), ("@user", userId), ("@at", StoredInstant.ToNumber(_session.Now())), ("@reason", why))
                ?? throw ClinicalRules.Refusal(StorageMessages.AlreadyVoided);
            _audit.Append(AuditAction.Void, AuditEntities.Allergy, allergyId, patientId, userId);
        });
    }

    public IReadOnlyList<Allergy> ForPatient(long patientId) =>
        _session.Read(() => _session.Query(ForPatientSql, AllergyRows.Read, ("@patient", patientId)));
}
