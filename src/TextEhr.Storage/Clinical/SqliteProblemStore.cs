using System.Globalization;
using TextEhr.Domain.Audit;
using TextEhr.Domain.Clinical;
using TextEhr.Domain.Stores;
using TextEhr.Domain.Validation;
using TextEhr.Storage.Audit;
using TextEhr.Storage.Sql;

namespace TextEhr.Storage.Clinical;

/// <summary>
/// <see cref="IProblemStore"/> on SQLite. A revision is a new row pointing at the one it replaces; a row
/// is current while it is not voided and no unvoided row supersedes it.
/// </summary>
internal sealed class SqliteProblemStore : IProblemStore
{
    private const string CurrentCondition = """
        voided_at IS NULL
        AND NOT EXISTS (SELECT 1 FROM problems n WHERE n.supersedes_id = problems.id AND n.voided_at IS NULL)
        """;

    private const string CurrentByIdSql = "SELECT " + ProblemRows.Columns + " FROM problems WHERE id = @id AND " + CurrentCondition;

    private const string ForPatientSql = "SELECT " + ProblemRows.Columns + " FROM problems WHERE patient_id = @patient AND "
        + CurrentCondition + " ORDER BY onset_date, id";

    private const string VoidSql = """
        UPDATE problems SET voided_by = @user, voided_at = @at, void_reason = @reason
        WHERE id = @id AND voided_at IS NULL
        RETURNING patient_id
        """;

    private readonly SqliteSession _session;
    private readonly AuditChain _audit;
    private readonly ProblemRows _rows;

    public SqliteProblemStore(SqliteSession session, AuditChain audit)
    {
        _session = session;
        _audit = audit;
        _rows = new ProblemRows(session);
    }

    public Problem Add(Problem problem, long userId)
    {
        Validate(problem);
        return _session.Write(() =>
        {
            var saved = _rows.Insert(problem with { SupersedesId = null }, userId, _session.Now());
            _audit.Append(AuditAction.Create, AuditEntities.Problem, saved.Id, saved.PatientId, userId);
            return saved;
        });
    }

    public Problem Revise(long problemId, Problem revised, long userId)
    {
        Validate(revised);
        return _session.Write(() =>
        {
            var current = _session.QuerySingle(CurrentByIdSql, ProblemRows.Read, ("@id", problemId))
                ?? throw ClinicalRules.Refusal(StorageMessages.AlreadyRevised);
            var saved = _rows.Insert(
                revised with { PatientId = current.PatientId, SupersedesId = problemId }, userId, _session.Now());
            _audit.Append(AuditAction.Amend, AuditEntities.Problem, saved.Id, saved.PatientId, userId,
                string.Create(CultureInfo.InvariantCulture, $"supersedes_id={problemId}"));
            return saved;
        });
    }

    public void Void(long problemId, string reason, long userId)
    {
        var why = ClinicalRules.RequireReason(reason);
        _session.Write(() =>
        {
            var patientId = _session.ScalarInt64(
                VoidSql, ("@id", problemId), ("@user", userId), ("@at", StoredInstant.ToNumber(_session.Now())), ("@reason", why))
                ?? throw ClinicalRules.Refusal(StorageMessages.AlreadyVoided);
            _audit.Append(AuditAction.Void, AuditEntities.Problem, problemId, patientId, userId);
        });
    }

    public IReadOnlyList<Problem> ForPatient(long patientId) =>
        _session.Read(() => _session.Query(ForPatientSql, ProblemRows.Read, ("@patient", patientId)));

    private static void Validate(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ClinicalRules.Require(problem.Name, StorageMessages.ProblemNameField);
        if (problem.Outcome != ProblemOutcome.Continuing && problem.OutcomeDate is null)
        {
            throw new ValidationException([new ValidationError(StorageMessages.OutcomeDateField, StorageMessages.OutcomeDateRequired)]);
        }
    }
}
