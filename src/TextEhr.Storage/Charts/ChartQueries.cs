using TextEhr.Domain.Clinical;
using TextEhr.Domain.Prescriptions;
using TextEhr.Storage.Sql;

namespace TextEhr.Storage.Charts;

/// <summary>The chart's read queries that span entries: the recent list and Do処方.</summary>
internal sealed class ChartQueries
{
    // The newest version of each entry; ix_chart_entries_patient gives the order, UNIQUE(entry_id, version) the max.
    private const string RecentSql = ChartVersionReader.Select + """
         WHERE e.patient_id = @patient
           AND v.version = (SELECT max(x.version) FROM chart_entry_versions x WHERE x.entry_id = e.id)
         ORDER BY e.visit_date DESC, e.id DESC LIMIT @limit
        """;

    // The newest visit before the date whose newest confirmed version is in force and prescribes.
    private const string LastPrescriptionSql = """
        SELECT v.id, v.rx_out_of_house FROM chart_entries e JOIN chart_entry_versions v ON v.entry_id = e.id
        WHERE e.patient_id = @patient AND e.visit_date < @before
          AND v.version = (SELECT max(x.version) FROM chart_entry_versions x
                           WHERE x.entry_id = e.id AND x.confirmed_at IS NOT NULL)
          AND v.status = 0 AND v.rx_out_of_house IS NOT NULL
        ORDER BY e.visit_date DESC, e.id DESC LIMIT 1
        """;

    private readonly SqliteSession _session;
    private readonly ChartVersionRows _rows;

    public ChartQueries(SqliteSession session, ChartVersionRows rows)
    {
        _session = session;
        _rows = rows;
    }

    public IReadOnlyList<ChartEntryVersion> Recent(long patientId, int limit) =>
        _rows.Many(RecentSql, ("@patient", patientId), ("@limit", limit));

    public Prescription? LastPrescription(long patientId, DateOnly before)
    {
        var found = _session.Query(
            LastPrescriptionSql,
            r => (Id: r.GetInt64(0), OutOfHouse: r.GetFlag(1)),
            ("@patient", patientId),
            ("@before", StoredDate.ToNumber(before)));
        return found.Count == 0 ? null : _rows.ReadPrescription(found[0].Id, found[0].OutOfHouse);
    }
}
