using Microsoft.Data.Sqlite;
using TextEhr.Domain.Patients;
using TextEhr.Storage.Sql;

namespace TextEhr.Storage.Patients;

/// <summary>
/// Maps a patient from <see cref="Columns"/>, which patients and patients_history share (the history
/// row's patient_id is selected in the id position).
/// </summary>
internal static class PatientRowReader
{
    public const string Columns = """
        chart_no, family_name, given_name, family_kana, given_kana, sex, birth, postal_code, address, phone,
        occupation, memo, insurance, public_coverages, revision
        """;

    public const string SummaryColumns =
        "id, chart_no, family_name, given_name, family_kana, given_kana, sex, birth, phone, last_visit";

    /// <summary>Reads a row selected as <c>id, </c> + <see cref="Columns"/>.</summary>
    public static Patient Read(SqliteDataReader row) => new()
    {
        Id = row.GetInt64(0),
        ChartNumber = row.GetString(1),
        Name = new PersonName(row.GetString(2), row.GetString(3)),
        KanaName = new PersonName(row.GetString(4), row.GetString(5)),
        Sex = (Sex)row.GetInt32(6),
        BirthDate = row.GetDate(7),
        PostalCode = row.GetString(8),
        Address = row.GetString(9),
        Phone = row.GetString(10),
        Occupation = row.GetString(11),
        Memo = row.GetString(12),
        Insurance = CoverageJson.ReadCoverage(row.GetStringOrNull(13)),
        PublicCoverages = CoverageJson.ReadPublicCoverages(row.GetString(14)),
        Revision = row.GetInt32(15),
    };

    public static PatientSummary ReadSummary(SqliteDataReader row) => new(
        row.GetInt64(0),
        row.GetString(1),
        new PersonName(row.GetString(2), row.GetString(3)),
        new PersonName(row.GetString(4), row.GetString(5)),
        (Sex)row.GetInt32(6),
        row.GetDate(7),
        row.GetString(8),
        row.GetDateOrNull(9));
}
