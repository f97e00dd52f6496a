using TextEhr.Domain.Audit;
using TextEhr.Storage.Sql;

namespace TextEhr.Storage.Audit;

/// <summary>
/// Appends audit rows inside the caller's write transaction. Under BEGIN IMMEDIATE nobody else can
/// append between reading the head and inserting, even from another process, so the chain cannot fork.
/// A chain that remembers its head (the bulk importer's) skips that read while it holds the transaction;
/// its owner calls <see cref="ForgetHead"/> whenever another writer may have appended or a rollback
/// undid its rows.
/// </summary>
internal sealed class AuditChain
{
    private const string HeadSql = "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1";

    private const string InsertSql = """
        INSERT INTO audit_log(id, at, user_id, action, entity, entity_id, patient_id, detail, prev_hash, hash)
        VALUES (@id, @at, @user, @action, @entity, @entity_id, @patient, @detail, @prev, @hash)
        """;

    private readonly SqliteSession _session;
    private readonly bool _remembersHead;
    private (long Id, byte[] Hash)? _head;

    public AuditChain(SqliteSession session, bool remembersHead = false)
    {
        _session = session;
        _remembersHead = remembersHead;
    }

    /// <summary>Reads the head from the table at the next append.</summary>
    public void ForgetHead() => _head = null;

    /// <summary>Appends one row stamped now.</summary>
    public AuditEntry Append(AuditAction action, string entity, long? entityId, long? patientId, long? userId, string detail = "") =>
        Append(new AuditEntry
        {
            At = _session.Now(),
            Action = action,
            Entity = entity,
            EntityId = entityId,
            PatientId = patientId,
            UserId = userId,
            Detail = detail,
        });

    /// <summary>Appends <paramref name="entry"/> as given (its At included); Id and hashes are assigned here.</summary>
    public AuditEntry Append(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!_session.InTransaction)
        {
            throw new InvalidOperationException("Audit rows are appended inside the write they record.");
        }

        var head = _head ?? ReadHead();
        var id = head.Id + 1;
        var previous = head.Hash;
        var row = new AuditRow(id, StoredInstant.ToNumber(entry.At), entry.UserId, entry.Action.ToString(), entry.Entity,
            entry.EntityId, entry.PatientId, entry.Detail);
        var hash = AuditRowHasher.Hash(previous, row);
        _session.Execute(
            InsertSql,
            ("@id", row.Id),
            ("@at", row.At),
            ("@user", row.UserId),
            ("@action", row.Action),
            ("@entity", row.Entity),
            ("@entity_id", row.EntityId),
            ("@patient", row.PatientId),
            ("@detail", row.Detail),
            ("@prev", previous),
            ("@hash", hash));
        if (_remembersHead)
        {
            _head = (id, hash);
        }

        return entry with
        {
            Id = id,
            At = StoredInstant.FromNumber(row.At),
            PreviousHash = AuditRowHasher.ToHex(previous),
            Hash = AuditRowHasher.ToHex(hash),
        };
    }

    /// <summary>The newest row's id and hash, or id 0 and the genesis hash when the log is empty.</summary>
    private (long Id, byte[] Hash) ReadHead()
    {
        var head = _session.Query(HeadSql, r => (Id: r.GetInt64(0), Hash: (byte[])r.GetValue(1)));
        return head.Count == 0 ? (0L, AuditRowHasher.Genesis) : head[0];
    }
}
