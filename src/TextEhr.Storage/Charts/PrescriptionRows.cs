using TextEhr.Domain.Prescriptions;
using TextEhr.Storage.Sql;

namespace TextEhr.Storage.Charts;

/// <summary>
/// The Rp groups and drugs of one version. Written while the version is a draft; the triggers freeze
/// them with the version once it is confirmed.
/// </summary>
internal sealed class PrescriptionRows
{
    private const string InsertGroupSql = """
        INSERT INTO prescription_groups(version_id, seq, form, usage, duration, duration_unit)
        VALUES (@version, @seq, @form, @usage, @duration, @unit) RETURNING id
        """;

    private const string InsertItemSql = """
        INSERT INTO prescription_items(group_id, seq, drug_name, drug_code, dose, unit, is_generic)
        VALUES (@group, @seq, @drug_name, @drug_code, @dose, @unit, @generic)
        """;

    private const string DeleteItemsSql =
        "DELETE FROM prescription_items WHERE group_id IN (SELECT id FROM prescription_groups WHERE version_id = @version)";

    private const string DeleteGroupsSql = "DELETE FROM prescription_groups WHERE version_id = @version";

    private const string GroupsSql = """
        SELECT id, form, usage, duration, duration_unit FROM prescription_groups
        WHERE version_id = @version ORDER BY seq
        """;

    private const string ItemsSql = """
        SELECT drug_name, drug_code, dose, unit, is_generic FROM prescription_items
        WHERE group_id = @group ORDER BY seq
        """;

    private readonly SqliteSession _session;

    public PrescriptionRows(SqliteSession session)
    {
        _session = session;
    }

    public void Insert(long versionId, Prescription? prescription)
    {
        if (prescription is null)
        {
            return;
        }

        for (var g = 0; g < prescription.Groups.Count; g++)
        {
            var group = prescription.Groups[g];
            var groupId = (long)_session.Scalar(
                InsertGroupSql,
                ("@version", versionId),
                ("@seq", g + 1),
                ("@form", (int)group.Form),
                ("@usage", group.Usage),
                ("@duration", group.Duration),
                ("@unit", (int)group.DurationUnit))!;
            for (var i = 0; i < group.Items.Count; i++)
            {
                var item = group.Items[i];
                _session.Execute(
                    InsertItemSql,
                    ("@group", groupId),
                    ("@seq", i + 1),
                    ("@drug_name", item.DrugName),
                    ("@drug_code", item.DrugCode),
                    ("@dose", StoredDecimal.ToText(item.Dose)),
                    ("@unit", item.Unit),
                    ("@generic", item.IsGeneric ? 1 : 0));
            }
        }
    }

    /// <summary>Removes a draft's rows before it is saved again (the triggers refuse this once confirmed).</summary>
    public void DeleteDraft(long versionId)
    {
        _session.Execute(DeleteItemsSql, ("@version", versionId));
        _session.Execute(DeleteGroupsSql, ("@version", versionId));
    }

    public Prescription Read(long versionId, bool isOutOfHouse)
    {
        var groups = _session.Query(
            GroupsSql,
            r => (Id: r.GetInt64(0), Form: (DosageForm)r.GetInt32(1), Usage: r.GetString(2), Duration: r.GetInt32(3),
                Unit: (DurationUnit)r.GetInt32(4)),
            ("@version", versionId));
        var result = new List<PrescriptionGroup>(groups.Count);
        foreach (var group in groups)
        {
            result.Add(new PrescriptionGroup
            {
                Form = group.Form,
                Usage = group.Usage,
                Duration = group.Duration,
                DurationUnit = group.Unit,
                Items = _session.Query(ItemsSql, ReadItem, ("@group", group.Id)),
            });
        }

        return new Prescription { Groups = result, IsOutOfHouse = isOutOfHouse };
    }

    private static PrescriptionItem ReadItem(Microsoft.Data.Sqlite.SqliteDataReader row) => new()
    {
        DrugName = row.GetString(0),
        DrugCode = row.GetStringOrNull(1),
        Dose = row.GetDecimalOrNull(2)!.Value,
        Unit = row.GetString(3),
        IsGeneric = row.GetFlag(4),
    };
}
