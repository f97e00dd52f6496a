using TextEhr.Domain.Audit;
using TextEhr.Storage.Sql;

namespace TextEhr.Storage.Audit;

/// <summary>
/// Walks the whole chain in id order and names the first row that is out of place: an id gap (a row
/// removed), a previous-hash link that does not match (a row before it removed or changed), or a hash
/// that does not match the row's own values (the row changed). Removing the newest rows leaves no trace
/// here; that is what the chain head recorded with each backup is for.
/// </summary>
internal static class AuditChainVerifier
{
    private const string WalkSql = "SELECT " + AuditEntryReader.Columns + " FROM audit_log ORDER BY id";

    public static AuditVerification Verify(SqliteSession session)
    {
        long checkedRows = 0;
        long expectedId = 1;
        var previous = AuditRowHasher.Genesis;
        AuditVerification? broken = null;
        session.Each(WalkSql, row =>
        {
            var stored = AuditRow.Read(row);
            var storedPrevious = (byte[])row.GetValue(8);
            var storedHash = (byte[])row.GetValue(9);
            var problem = stored.Id != expectedId ? StorageMessages.AuditGap(stored.Id)
                : !storedPrevious.AsSpan().SequenceEqual(previous) ? StorageMessages.AuditLinkBroken(stored.Id)
                : !AuditRowHasher.Hash(previous, stored).AsSpan().SequenceEqual(storedHash) ? StorageMessages.AuditRowAltered(stored.Id)
                : null;
            checkedRows++;
            if (problem is not null)
            {
                broken = new AuditVerification(checkedRows, stored.Id, problem);
                return false;
            }

            previous = storedHash;
            expectedId = stored.Id + 1;
            return true;
        });
        return broken ?? new AuditVerification(checkedRows, null, null);
    }
}
