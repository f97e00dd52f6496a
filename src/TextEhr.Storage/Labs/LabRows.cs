using System.Text.Json;
using Microsoft.Data.Sqlite;
using TextEhr.Domain.Labs;
using TextEhr.Storage.Patients;
using TextEhr.Storage.Sql;

namespace TextEhr.Storage.Labs;

/// <summary>Inserts and maps lab orders and results; shared by the store and the bulk importer.</summary>
internal sealed class LabRows
{
    public const string OrderColumns = "id, patient_id, ordered_on, items, ordered_by, recorded_at, voided_at, void_reason";

    public const string ResultColumns = """
        id, patient_id, order_id, supersedes_id, item_name, item_code, value, unit, ref_low, ref_high, collected_on,
        recorded_by, recorded_at, voided_at, void_reason
        """;

    private const string InsertOrderSql = """
        INSERT INTO lab_orders(patient_id, ordered_on, items, ordered_by, recorded_at)
        VALUES (@patient, @ordered_on, @items, @user, @at) RETURNING id
        """;

    private const string InsertResultSql = """
        INSERT INTO lab_results(patient_id, order_id, supersedes_id, item_name, item_code, value, unit, ref_low,
          ref_high, collected_on, recorded_by, recorded_at)
        VALUES (@patient, @order, @supersedes, @item_name, @item_code, @value, @unit, @ref_low, @ref_high,
          @collected_on, @user, @at)
        RETURNING id
        """;

    private readonly SqliteSession _session;

    public LabRows(SqliteSession session)
    {
        _session = session;
    }

    public LabOrder InsertOrder(LabOrder order, long userId, DateTimeOffset at)
    {
        var stamp = StoredInstant.ToNumber(at);
        var id = (long)_session.Scalar(
            InsertOrderSql,
            ("@patient", order.PatientId),
            ("@ordered_on", StoredDate.ToNumber(order.OrderedOn)),
            ("@items", JsonSerializer.Serialize(order.Items.ToList(), StorageJsonContext.Default.ListString)),
            ("@user", userId),
            ("@at", stamp))!;
        return order with { Id = id, OrderedById = userId, RecordedAt = StoredInstant.FromNumber(stamp), VoidedAt = null, VoidReason = null };
    }

    public LabResult InsertResult(LabResult result, long userId, DateTimeOffset at)
    {
        var stamp = StoredInstant.ToNumber(at);
        var id = (long)_session.Scalar(
            InsertResultSql,
            ("@patient", result.PatientId),
            ("@order", result.OrderId),
            ("@supersedes", result.SupersedesId),
            ("@item_name", result.ItemName),
            ("@item_code", result.ItemCode),
            ("@value", result.Value),
            ("@unit", result.Unit),
            ("@ref_low", StoredDecimal.ToText(result.ReferenceLow)),
            ("@ref_high", StoredDecimal.ToText(result.ReferenceHigh)),
            ("@collected_on", StoredDate.ToNumber(result.CollectedOn)),
            ("@user", userId),
            ("@at", stamp))!;
        return result with { Id = id, RecordedById = userId, RecordedAt = StoredInstant.FromNumber(stamp), VoidedAt = null, VoidReason = null };
    }

    public static LabOrder ReadOrder(SqliteDataReader row) => new()
    {
        Id = row.GetInt64(0),
        PatientId = row.GetInt64(1),
        OrderedOn = row.GetDate(2),
        Items = JsonSerializer.Deserialize(row.GetString(3), StorageJsonContext.Default.ListString) ?? [],
        OrderedById = row.GetInt64(4),
        RecordedAt = row.GetInstant(5),
        VoidedAt = row.GetInstantOrNull(6),
        VoidReason = row.GetStringOrNull(7),
    };

    public static LabResult ReadResult(SqliteDataReader row) => new()
    {
        Id = row.GetInt64(0),
        PatientId = row.GetInt64(1),
        OrderId = row.GetInt64OrNull(2),
        SupersedesId = row.GetInt64OrNull(3),
        ItemName = row.GetString(4),
        ItemCode = row.GetStringOrNull(5),
        Value = row.GetString(6),
        Unit = row.GetString(7),
        ReferenceLow = row.GetDecimalOrNull(8),
        ReferenceHigh = row.GetDecimalOrNull(9),
        CollectedOn = row.GetDate(10),
        RecordedById = row.GetInt64(11),
        RecordedAt = row.GetInstant(12),
        VoidedAt = row.GetInstantOrNull(13),
        VoidReason = row.GetStringOrNull(14),
    };
}
