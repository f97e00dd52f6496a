using TextEhr.Domain.Clinical;
using TextEhr.Domain.Prescriptions;
using TextEhr.Storage.Sql;

namespace TextEhr.Storage.Charts;

/// <summary>
/// Writes entries and their versions (with prescription rows) and reads them back; shared by the store
/// and the bulk importer. Callers check the rules and audit; this runs inside their transaction.
/// </summary>
internal sealed class ChartVersionRows
{
    private const string InsertEntrySql = """
        INSERT INTO chart_entries(patient_id, visit_date, created_by, created_at)
        VALUES (@patient, @visit_date, @user, @at) RETURNING id
        """;

    private const string InsertVersionSql = """
        INSERT INTO chart_entry_versions(entry_id, version, status, subjective, objective, assessment, plan,
          systolic, diastolic, pulse, temperature, spo2, height, weight, rx_out_of_house, reason,
          author_id, authored_at, confirmed_by, confirmed_at, content_hash)
        VALUES (@entry, @version, @status, @s, @o, @a, @p, @systolic, @diastolic, @pulse, @temperature, @spo2,
          @height, @weight, @rx, @reason, @user, @at, @confirmed_by, @confirmed_at, @hash)
        RETURNING id
        """;

    private const string UpdateDraftSql = """
        UPDATE chart_entry_versions SET subjective = @s, objective = @o, assessment = @a, plan = @p,
          systolic = @systolic, diastolic = @diastolic, pulse = @pulse, temperature = @temperature, spo2 = @spo2,
          height = @height, weight = @weight, rx_out_of_house = @rx, author_id = @user, authored_at = @at,
          content_hash = @hash
        WHERE id = @id AND confirmed_at IS NULL
        """;

    private const string ConfirmSql = """
        UPDATE chart_entry_versions SET confirmed_by = @user, confirmed_at = @at
        WHERE id = @id AND confirmed_at IS NULL
        """;

    private const string ByIdSql = ChartVersionReader.Select + " WHERE v.id = @id";
    private const string HistorySql = ChartVersionReader.Select + " WHERE v.entry_id = @entry ORDER BY v.version";
    private const string LatestSql = ChartVersionReader.Select + " WHERE v.entry_id = @entry ORDER BY v.version DESC LIMIT 1";

    private readonly SqliteSession _session;
    private readonly PrescriptionRows _prescriptions;

    public ChartVersionRows(SqliteSession session)
    {
        _session = session;
        _prescriptions = new PrescriptionRows(session);
    }

    public long InsertEntry(long patientId, DateOnly visitDate, long userId, DateTimeOffset at) =>
        (long)_session.Scalar(
            InsertEntrySql,
            ("@patient", patientId),
            ("@visit_date", StoredDate.ToNumber(visitDate)),
            ("@user", userId),
            ("@at", StoredInstant.ToNumber(at)))!;

    /// <summary>Inserts a version; a draft gets its prescription rows, a confirmed one (a void) has none.</summary>
    public long InsertVersion(NewVersion version)
    {
        var confirmed = version.Status == EntryStatus.Voided;
        var content = confirmed ? version.Content with { Prescription = null } : version.Content;
        var args = ContentArgs(content, version.UserId, version.At);
        args.Add(("@entry", version.EntryId));
        args.Add(("@version", version.Number));
        args.Add(("@status", (int)version.Status));
        args.Add(("@reason", version.Reason));
        args.Add(("@confirmed_by", confirmed ? version.UserId : (long?)null));
        args.Add(("@confirmed_at", confirmed ? StoredInstant.ToNumber(version.At) : (long?)null));
        var id = (long)_session.Scalar(InsertVersionSql, [.. args])!;
        _prescriptions.Insert(id, content.Prescription);
        return id;
    }

    public void UpdateDraft(long versionId, ChartEntryContent content, long userId, DateTimeOffset at)
    {
        _prescriptions.DeleteDraft(versionId);
        var args = ContentArgs(content, userId, at);
        args.Add(("@id", versionId));
        _session.Execute(UpdateDraftSql, [.. args]);
        _prescriptions.Insert(versionId, content.Prescription);
    }

    public void Confirm(long versionId, long userId, DateTimeOffset at) =>
        _session.Execute(ConfirmSql, ("@id", versionId), ("@user", userId), ("@at", StoredInstant.ToNumber(at)));

    public ChartEntryVersion? ById(long versionId) => One(ByIdSql, ("@id", versionId));

    public ChartEntryVersion? Latest(long entryId) => One(LatestSql, ("@entry", entryId));

    public IReadOnlyList<ChartEntryVersion> History(long entryId) => Many(HistorySql, ("@entry", entryId));

    /// <summary>Reads versions with <paramref name="sql"/> (a <see cref="ChartVersionReader.Select"/>) and attaches their prescriptions.</summary>
    public List<ChartEntryVersion> Many(string sql, params SqlArg[] args)
    {
        var stored = _session.Query(sql, ChartVersionReader.Read, args);
        return stored.ConvertAll(Attach);
    }

    public Prescription ReadPrescription(long versionId, bool isOutOfHouse) =>
        _prescriptions.Read(versionId, isOutOfHouse);

    private ChartEntryVersion? One(string sql, params SqlArg[] args) => Many(sql, args).FirstOrDefault();

    private ChartEntryVersion Attach(StoredVersion stored) => stored.PrescriptionOutOfHouse is { } outOfHouse
        ? stored.Version with
        {
            Content = stored.Version.Content with { Prescription = _prescriptions.Read(stored.Version.Id, outOfHouse) },
        }
        : stored.Version;

    private static List<SqlArg> ContentArgs(ChartEntryContent content, long userId, DateTimeOffset at) =>
    [
        ("@s", content.Subjective),
        ("@o", content.Objective),
        ("@a", content.Assessment),
        ("@p", content.Plan),
        ("@systolic", content.Vitals.Systolic),
        ("@diastolic", content.Vitals.Diastolic),
        ("@pulse", content.Vitals.Pulse),
        ("@temperature", StoredDecimal.ToText(content.Vitals.TemperatureCelsius)),
        ("@spo2", content.Vitals.SpO2),
        ("@height", StoredDecimal.ToText(content.Vitals.HeightCm)),
        ("@weight", StoredDecimal.ToText(content.Vitals.WeightKg)),
        ("@rx", content.Prescription is { } rx ? (rx.IsOutOfHouse ? 1 : 0) : (int?)null),
        ("@user", userId),
        ("@at", StoredInstant.ToNumber(at)),
        ("@hash", ContentHasher.Hash(content)),
    ];
}
