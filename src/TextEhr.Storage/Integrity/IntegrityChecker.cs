using Microsoft.Data.Sqlite;
using TextEhr.Storage.Audit;
using TextEhr.Storage.Sql;

namespace TextEhr.Storage.Integrity;

/// <summary>
/// The checks behind <see cref="ClinicDatabase.CheckIntegrity"/>: SQLite's own page-level check, the
/// foreign keys, the patient search index against its table, and the audit chain. Reads the whole file,
/// so it belongs at idle or in <c>textehr check</c>, not on a keystroke.
/// </summary>
internal static class IntegrityChecker
{
    // 'integrity-check' with rank 1 also compares the index with the content table (external content).
    private const string FtsCheckSql = "INSERT INTO patients_fts(patients_fts, rank) VALUES ('integrity-check', 1)";

    public static IntegrityReport Check(SqliteSession session)
    {
        var problems = new List<string>();
        foreach (var line in session.Read(() => session.Query("PRAGMA integrity_check", r => r.GetString(0))))
        {
            if (!string.Equals(line, "ok", StringComparison.Ordinal))
            {
                problems.Add(StorageMessages.IntegrityCheckFailed(line));
            }
        }

        problems.AddRange(session.Read(() => session.Query(
            "PRAGMA foreign_key_check",
            r => StorageMessages.ForeignKeyBroken(r.GetString(0), r.IsDBNull(1) ? 0 : r.GetInt64(1), r.GetString(2)))));

        try
        {
            session.Write(() => session.Execute(FtsCheckSql));
        }
        catch (SqliteException exception) when (!BusyGuard.IsBusy(exception))
        {
            problems.Add(StorageMessages.SearchIndexBroken(exception.Message));
        }

        var audit = session.Read(() => AuditChainVerifier.Verify(session));
        if (!audit.IsIntact)
        {
            problems.Add(StorageMessages.AuditChainBroken(audit.Problem ?? string.Empty));
        }

        return new IntegrityReport(problems.Count == 0, problems);
    }
}
