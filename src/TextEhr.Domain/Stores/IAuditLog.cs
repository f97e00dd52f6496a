using TextEhr.Domain.Audit;

namespace TextEhr.Domain.Stores;

/// <summary>
/// The hash-chained audit log. Stores append their own rows inside their transactions; this is for
/// actions that happen outside a store (login, export, print) and for checking the chain.
/// </summary>
public interface IAuditLog
{
    AuditEntry Append(AuditEntry entry);

    /// <summary>Walks the whole chain and names the first row whose hash or link is wrong.</summary>
    AuditVerification Verify();

    /// <summary>Newest first; for one patient when given.</summary>
    IReadOnlyList<AuditEntry> Recent(int limit, long? patientId = null);
}
