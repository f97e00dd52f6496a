using System.Runtime.InteropServices;
using TextEhr.Storage.Sql;

namespace TextEhr.Storage.Patients;

/// <summary>
/// Every patient's search keys in memory, in カナ order, for the searches no index serves: a name of 1–2
/// characters (the trigram index finds 3+) and birth or phone ranges wide enough that SQL would read and
/// sort thousands of wide rows to return fifty. Scanning 100,000 entries until the limit is reached takes
/// about a millisecond (notes/DB.md §7–§8).
/// </summary>
/// <remarks>
/// Loaded by the first search that needs it (one narrow SELECT, never at start-up), then checked before
/// each use against the search_generation counter, which another process's writes bump too. New patients
/// and a few edits are applied in place; anything else reloads the whole list.
/// </remarks>
internal sealed class PatientSearchIndex
{
    private const string StampSql = """
        SELECT (SELECT value FROM search_generation WHERE id = 1),
               (SELECT coalesce(max(id), 0) FROM patients),
               (SELECT coalesce(max(id), 0) FROM patients_history)
        """;

    // A scan of the covering カナ index, already in KanaOrder: no sort, and the strings are allocated in the
    // order they are scanned. Sorted after loading, a full pass chased pointers all over the heap: 8 ms
    // instead of 0.7 ms for a name no one has, on 100,000 patients.
    internal const string AllSql = "SELECT " + PatientSearchEntry.Columns + " FROM patients ORDER BY kana_norm, id";

    // Patients added, and patients edited (one history row per edit), since the stamp the index has.
    internal const string ChangedSql = "SELECT " + PatientSearchEntry.Columns + " FROM patients WHERE id > @last_patient AND id <= @patient"
        + " UNION SELECT " + PatientSearchEntry.Columns + """
         FROM patients WHERE id IN (
          SELECT patient_id FROM patients_history WHERE id > @last_history AND id <= @history)
        """;

    private const string ChangeCountSql = """
        SELECT (SELECT count(*) FROM patients WHERE id > @last_patient AND id <= @patient)
             + (SELECT count(*) FROM patients_history WHERE id > @last_history AND id <= @history)
        """;

    // Each change applied in place moves the tail of the list; past this many a reload is as quick.
    private const int MostChangesApplied = 64;

    private readonly SqliteSession _session;
    private List<PatientSearchEntry> _entries = [];
    private SearchIndexStamp? _stamp;

    public PatientSearchIndex(SqliteSession session)
    {
        _session = session;
    }

    /// <summary>How many full loads have run (tests tell a reload from an update in place).</summary>
    public int Loads { get; private set; }

    /// <summary>
    /// Appends to <paramref name="ids"/>, in カナ order, the ids of the entries that <paramref name="match"/>
    /// accepts, until it holds <paramref name="limit"/>. Refreshes the list first.
    /// </summary>
    public void Collect(Func<PatientSearchEntry, bool> match, int limit, List<long> ids)
    {
        Refresh();
        foreach (var entry in CollectionsMarshal.AsSpan(_entries))
        {
            if (ids.Count >= limit)
            {
                return;
            }

            if (match(entry))
            {
                ids.Add(entry.Id);
            }
        }
    }

    private void Refresh()
    {
        var now = ReadStamp();
        if (_stamp == now)
        {
            return;
        }

        if (_stamp is not { } loaded || !TryApplyChanges(loaded, now))
        {
            Load();
        }

        _stamp = now;
    }

    private void Load()
    {
        _entries = _session.Query(AllSql, PatientSearchEntry.Read);
        Loads++;
    }

    /// <summary>
    /// Applies the new and edited rows when they account for every generation since <paramref name="loaded"/>;
    /// a key written some other way (no history row) leaves a difference, and the caller reloads.
    /// </summary>
    private bool TryApplyChanges(SearchIndexStamp loaded, SearchIndexStamp now)
    {
        var generations = now.Generation - loaded.Generation;
        if (!loaded.CanReach(now) || generations > MostChangesApplied)
        {
            return false;
        }

        SqlArg[] range =
        [
            ("@last_patient", loaded.LastPatientId),
            ("@patient", now.LastPatientId),
            ("@last_history", loaded.LastHistoryId),
            ("@history", now.LastHistoryId),
        ];
        if (_session.ScalarInt64(ChangeCountSql, range) != generations)
        {
            return false;
        }

        var changed = _session.Query(ChangedSql, PatientSearchEntry.Read, range);
        var ids = changed.Select(entry => entry.Id).ToHashSet();
        _entries.RemoveAll(entry => ids.Contains(entry.Id));
        foreach (var entry in changed)
        {
            var at = _entries.BinarySearch(entry, KanaOrder.Instance);
            _entries.Insert(at < 0 ? ~at : at, entry);
        }

        return true;
    }

    private SearchIndexStamp ReadStamp() =>
        _session.Query(StampSql, r => new SearchIndexStamp(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2)))[0];
}
