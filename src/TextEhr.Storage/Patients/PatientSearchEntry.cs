using Microsoft.Data.Sqlite;

namespace TextEhr.Storage.Patients;

/// <summary>
/// One patient in <see cref="PatientSearchIndex"/>: the search keys only. The rows shown are read back from
/// SQL by id, so the list never shows a stale name or last visit.
/// </summary>
internal readonly record struct PatientSearchEntry(long Id, string KanaNorm, string NameNorm, long Birth, string PhoneDigits)
{
    public const string Columns = "id, kana_norm, name_norm, birth, phone_digits";

    public static PatientSearchEntry Read(SqliteDataReader row) =>
        new(row.GetInt64(0), row.GetString(1), row.GetString(2), row.GetInt64(3), row.GetString(4));
}
