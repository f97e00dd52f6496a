using System.Text;
using TextEhr.Domain.Patients;
using TextEhr.Domain.Validation;
using TextEhr.Storage.Sql;

namespace TextEhr.Storage.Patients;

/// <summary>
/// Inserts and updates patient rows with their search keys; shared by the store and the bulk importer.
/// Callers validate and audit; this runs inside their transaction.
/// </summary>
internal sealed class PatientRows
{
    private const string InsertSql = """
        INSERT INTO patients(chart_no, family_name, given_name, family_kana, given_kana, name_norm, kana_norm,
          sex, birth, postal_code, address, phone, phone_digits, occupation, memo, insurance, public_coverages,
          revision, created_at, updated_at, updated_by)
        VALUES (@chart_no, @family_name, @given_name, @family_kana, @given_kana, @name_norm, @kana_norm,
          @sex, @birth, @postal_code, @address, @phone, @phone_digits, @occupation, @memo, @insurance, @public_coverages,
          1, @at, @at, @user)
        RETURNING id
        """;

    // The WHERE on revision is the optimistic lock; the trigger copies the old row into the history.
    private const string UpdateSql = """
        UPDATE patients SET chart_no = @chart_no, family_name = @family_name, given_name = @given_name,
          family_kana = @family_kana, given_kana = @given_kana, name_norm = @name_norm, kana_norm = @kana_norm,
          sex = @sex, birth = @birth, postal_code = @postal_code, address = @address, phone = @phone,
          phone_digits = @phone_digits, occupation = @occupation, memo = @memo, insurance = @insurance,
          public_coverages = @public_coverages, revision = revision + 1, updated_at = @at, updated_by = @user
        WHERE id = @id AND revision = @revision
        """;

    private const string ChartNumberTakenSql = "SELECT id FROM patients WHERE chart_no = @chart_no";

    private readonly SqliteSession _session;
    private readonly ChartNumberAllocator _chartNumbers;

    public PatientRows(SqliteSession session)
    {
        _session = session;
        _chartNumbers = new ChartNumberAllocator(session);
    }

    /// <summary>Inserts revision 1 and returns the saved patient (id and 患者番号 assigned).</summary>
    public Patient Insert(Patient patient, long userId, DateTimeOffset at)
    {
        var chartNumber = CleanChartNumber(patient.ChartNumber);
        if (chartNumber.Length == 0)
        {
            chartNumber = _chartNumbers.Next();
        }
        else
        {
            EnsureFree(chartNumber, exceptId: null);
        }

        var saved = patient with { ChartNumber = chartNumber, Revision = 1 };
        var id = (long)_session.Scalar(InsertSql, [.. Values(saved, userId, at)])!;
        return saved with { Id = id };
    }

    /// <summary>Saves an edit made on <see cref="Patient.Revision"/>; false when that revision is no longer current.</summary>
    public bool Update(Patient patient, long userId, DateTimeOffset at)
    {
        var chartNumber = CleanChartNumber(patient.ChartNumber);
        EnsureFree(chartNumber, patient.Id);
        var args = Values(patient with { ChartNumber = chartNumber }, userId, at);
        args.Add(("@id", patient.Id));
        args.Add(("@revision", patient.Revision));
        return _session.Execute(UpdateSql, [.. args]) == 1;
    }

    public static string CleanChartNumber(string chartNumber) => chartNumber.Normalize(NormalizationForm.FormKC).Trim();

    private void EnsureFree(string chartNumber, long? exceptId)
    {
        var holder = _session.ScalarInt64(ChartNumberTakenSql, ("@chart_no", chartNumber));
        if (holder is { } id && id != exceptId)
        {
            throw new ValidationException(
                [new ValidationError(StorageMessages.ChartNumberField, StorageMessages.ChartNumberTaken)]);
        }
    }

    private static List<SqlArg> Values(Patient patient, long userId, DateTimeOffset at)
    {
        var keys = PatientKeys.For(patient);
        return
        [
            ("@chart_no", patient.ChartNumber),
            ("@family_name", patient.Name.Family),
            ("@given_name", patient.Name.Given),
            ("@family_kana", patient.KanaName.Family),
            ("@given_kana", patient.KanaName.Given),
            ("@name_norm", keys.NameNorm),
            ("@kana_norm", keys.KanaNorm),
            ("@sex", (int)patient.Sex),
            ("@birth", StoredDate.ToNumber(patient.BirthDate)),
            ("@postal_code", patient.PostalCode),
            ("@address", patient.Address),
            ("@phone", patient.Phone),
            ("@phone_digits", keys.PhoneDigits),
            ("@occupation", patient.Occupation),
            ("@memo", patient.Memo),
            ("@insurance", CoverageJson.Write(patient.Insurance)),
            ("@public_coverages", CoverageJson.Write(patient.PublicCoverages)),
            ("@at", StoredInstant.ToNumber(at)),
            ("@user", userId),
        ];
    }
}
