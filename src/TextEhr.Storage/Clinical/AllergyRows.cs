using Microsoft.Data.Sqlite;
using TextEhr.Domain.Clinical;
using TextEhr.Storage.Sql;

namespace TextEhr.Storage.Clinical;

/// <summary>Inserts and maps allergy rows; shared by the store and the bulk importer.</summary>
internal sealed class AllergyRows
{
    public const string Columns = """
        id, patient_id, category, substance, reaction, verification, recorded_by, recorded_at, voided_at, void_reason
        """;

    private const string InsertSql = """
        INSERT INTO allergies(patient_id, category, substance, reaction, verification, recorded_by, recorded_at)
        VALUES (@patient, @category, @substance, @reaction, @verification, @user, @at) RETURNING id
        """;

    private readonly SqliteSession _session;

    public AllergyRows(SqliteSession session)
    {
        _session = session;
    }

    public Allergy Insert(Allergy allergy, long userId, DateTimeOffset at)
    {
        var stamp = StoredInstant.ToNumber(at);
        var id = (long)_session.Scalar(
            InsertSql,
            ("@patient", allergy.PatientId),
            ("@category", (int)allergy.Category),
            ("@substance", allergy.Substance),
            ("@reaction", allergy.Reaction),
            ("@verification", (int)allergy.Verification),
            ("@user", userId),
            ("@at", stamp))!;
        return allergy with
        {
            Id = id,
            RecordedById = userId,
            RecordedAt = StoredInstant.FromNumber(stamp),
            VoidedAt = null,
            VoidReason = null,
        };
    }

    public static Allergy Read(SqliteDataReader row) => new()
    {
        Id = row.GetInt64(0),
        PatientId = row.GetInt64(1),
        Category = (AllergyCategory)row.GetInt32(2),
        Substance = row.GetString(3),
        Reaction = row.GetString(4),
        Verification = (AllergyVerification)row.GetInt32(5),
        RecordedById = row.GetInt64(6),
        RecordedAt = row.GetInstant(7),
        VoidedAt = row.GetInstantOrNull(8),
        VoidReason = row.GetStringOrNull(9),
    };
}
