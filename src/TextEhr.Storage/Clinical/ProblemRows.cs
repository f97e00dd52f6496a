using Microsoft.Data.Sqlite;
using TextEhr.Domain.Clinical;
using TextEhr.Storage.Sql;

namespace TextEhr.Storage.Clinical;

/// <summary>Inserts and maps problem rows; shared by the store and the bulk importer.</summary>
internal sealed class ProblemRows
{
    public const string Columns = """
        id, patient_id, supersedes_id, name, icd10, is_primary, is_suspected, onset_date, outcome, outcome_date,
        recorded_by, recorded_at, voided_at, void_reason
        """;

    private const string InsertSql = """
        INSERT INTO problems(patient_id, supersedes_id, name, icd10, is_primary, is_suspected, onset_date, outcome,
          outcome_date, recorded_by, recorded_at)
        VALUES (@patient, @supersedes, @name, @icd10, @primary, @suspected, @onset, @outcome, @outcome_date, @user, @at)
        RETURNING id
        """;

    private readonly SqliteSession _session;

    public ProblemRows(SqliteSession session)
    {
        _session = session;
    }

    public Problem Insert(Problem problem, long userId, DateTimeOffset at)
    {
        var stamp = StoredInstant.ToNumber(at);
        var id = (long)_session.Scalar(
            InsertSql,
            ("@patient", problem.PatientId),
            ("@supersedes", problem.SupersedesId),
            ("@name", problem.Name),
            ("@icd10", problem.Icd10),
            ("@primary", problem.IsPrimary ? 1 : 0),
            ("@suspected", problem.IsSuspected ? 1 : 0),
            ("@onset", StoredDate.ToNumber(problem.OnsetDate)),
            ("@outcome", (int)problem.Outcome),
            ("@outcome_date", StoredDate.ToNumber(problem.OutcomeDate)),
            ("@user", userId),
            ("@at", stamp))!;
        return problem with
        {
            Id = id,
            RecordedById = userId,
            RecordedAt = StoredInstant.FromNumber(stamp),
            VoidedAt = null,
            VoidReason = null,
        };
    }

    public static Problem Read(SqliteDataReader row) => new()
    {
        Id = row.GetInt64(0),
        PatientId = row.GetInt64(1),
        SupersedesId = row.GetInt64OrNull(2),
        Name = row.GetString(3),
        Icd10 = row.GetStringOrNull(4),
        IsPrimary = row.GetFlag(5),
        IsSuspected = row.GetFlag(6),
        OnsetDate = row.GetDate(7),
        Outcome = (ProblemOutcome)row.GetInt32(8),
        OutcomeDate = row.GetDateOrNull(9),
        RecordedById = row.GetInt64(10),
        RecordedAt = row.GetInstant(11),
        VoidedAt = row.GetInstantOrNull(12),
        VoidReason = row.GetStringOrNull(13),
    };
}
