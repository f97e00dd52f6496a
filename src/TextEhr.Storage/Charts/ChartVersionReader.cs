using Microsoft.Data.Sqlite;
using TextEhr.Domain.Clinical;
using TextEhr.Storage.Sql;

namespace TextEhr.Storage.Charts;

/// <summary>
/// Maps a version selected with <see cref="Select"/> (versions joined to their entry). The prescription
/// is read separately; <see cref="StoredVersion.PrescriptionOutOfHouse"/> says whether there is one.
/// </summary>
internal static class ChartVersionReader
{
    public const string Select = """
        SELECT v.id, v.entry_id, e.patient_id, e.visit_date, v.version, v.status, v.subjective, v.objective,
          v.assessment, v.plan, v.systolic, v.diastolic, v.pulse, v.temperature, v.spo2, v.height, v.weight,
          v.rx_out_of_house, v.reason, v.author_id, v.authored_at, v.confirmed_by, v.confirmed_at, v.content_hash
        FROM chart_entry_versions v JOIN chart_entries e ON e.id = v.entry_id
        """;

    public static StoredVersion Read(SqliteDataReader row) => new(
        new ChartEntryVersion
        {
            Id = row.GetInt64(0),
            EntryId = row.GetInt64(1),
            PatientId = row.GetInt64(2),
            VisitDate = row.GetDate(3),
            Version = row.GetInt32(4),
            Status = (EntryStatus)row.GetInt32(5),
            Content = new ChartEntryContent
            {
                Subjective = row.GetString(6),
                Objective = row.GetString(7),
                Assessment = row.GetString(8),
                Plan = row.GetString(9),
                Vitals = new Vitals
                {
                    Systolic = row.GetInt32OrNull(10),
                    Diastolic = row.GetInt32OrNull(11),
                    Pulse = row.GetInt32OrNull(12),
                    TemperatureCelsius = row.GetDecimalOrNull(13),
                    SpO2 = row.GetInt32OrNull(14),
                    HeightCm = row.GetDecimalOrNull(15),
                    WeightKg = row.GetDecimalOrNull(16),
                },
            },
            Reason = row.GetStringOrNull(18),
            AuthorId = row.GetInt64(19),
            AuthoredAt = row.GetInstant(20),
            ConfirmedById = row.GetInt64OrNull(21),
            ConfirmedAt = row.GetInstantOrNull(22),
            ContentHash = row.GetString(23),
        },
        row.IsDBNull(17) ? null : row.GetFlag(17));
}
