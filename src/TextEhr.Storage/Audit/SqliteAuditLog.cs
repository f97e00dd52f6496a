using TextEhr.Domain.Audit;
using TextEhr.Domain.Stores;
using TextEhr.Storage.Sql;

namespace TextEhr.Storage.Audit;

/// <summary><see cref="IAuditLog"/> over the audit_log table: for actions outside the stores (login, print, export).</summary>
internal sealed class SqliteAuditLog : IAuditLog
{
    private const string RecentSql =
        "SELECT " + AuditEntryReader.Columns + " FROM audit_log ORDER BY id DESC LIMIT @limit";

    private const string RecentForPatientSql =
        "SELECT " + AuditEntryReader.Columns + " FROM audit_log WHERE patient_id = @patient ORDER BY id DESC LIMIT @limit";

    private readonly SqliteSession _session;
    private readonly AuditChain _chain;

    public SqliteAuditLog(SqliteSession session, AuditChain chain)
    {
        _session = session;
        _chain = chain;
    }

    /// <summary>Appends in its own transaction, stamped now: the log records when it was told, not a caller's time.</summary>
    public AuditEntry Append(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return _session.Write(() => _chain.Append(entry with { At = _session.Now() }));
    }

    public AuditVerification Verify() => _session.Read(() => AuditChainVerifier.Verify(_session));

    public IReadOnlyList<AuditEntry> Recent(int limit, long? patientId = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return _session.Read(() => patientId is { } patient
            ? _session.Query(RecentForPatientSql, AuditEntryReader.Read, ("@patient", patient), ("@limit", limit))
            : _session.Query(RecentSql, AuditEntryReader.Read, ("@limit", limit)));
    }
}
