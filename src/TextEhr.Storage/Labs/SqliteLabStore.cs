using System.Globalization;
using TextEhr.Domain.Audit;
using TextEhr.Domain.Labs;
using TextEhr.Domain.Stores;
using TextEhr.Domain.Validation;
using TextEhr.Storage.Audit;
using TextEhr.Storage.Clinical;
using TextEhr.Storage.Sql;

namespace TextEhr.Storage.Labs;

/// <summary><see cref="ILabStore"/> on SQLite: orders and results are appended; a correction supersedes.</summary>
internal sealed class SqliteLabStore : ILabStore
{
    private const string CurrentCondition = """
        voided_at IS NULL
        AND NOT EXISTS (SELECT 1 FROM lab_results n WHERE n.supersedes_id = lab_results.id AND n.voided_at IS NULL)
        """;

    private const string CurrentByIdSql = "SELECT " + LabRows.ResultColumns + " FROM lab_results WHERE id = @id AND " + CurrentCondition;

    private const string OrdersSql = "SELECT " + LabRows.OrderColumns
        + " FROM lab_orders WHERE patient_id = @patient ORDER BY ordered_on DESC, id DESC";

    private const string ResultsSql = "SELECT " + LabRows.ResultColumns + " FROM lab_results WHERE patient_id = @patient AND "
        + CurrentCondition + " ORDER BY collected_on DESC, id DESC";

    private const string ItemResultsSql = "SELECT " + LabRows.ResultColumns
        + " FROM lab_results WHERE patient_id = @patient AND item_name = @item AND "
        + CurrentCondition + " ORDER BY collected_on DESC, id DESC";

    private readonly SqliteSession _session;
    private readonly AuditChain _audit;
    private readonly LabRows _rows;

    public SqliteLabStore(SqliteSession session, AuditChain audit)
    {
        _session = session;
        _audit = audit;
        _rows = new LabRows(session);
    }

    public LabOrder Order(LabOrder order, long userId)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (order.Items.Count == 0 || order.Items.Any(string.IsNullOrWhiteSpace))
        {
            throw new ValidationException([new ValidationError(StorageMessages.LabItemField, StorageMessages.Required)]);
        }

        return _session.Write(() =>
        {
            var saved = _rows.InsertOrder(order, userId, _session.Now());
            _audit.Append(AuditAction.Create, AuditEntities.LabOrder, saved.Id, saved.PatientId, userId,
                string.Create(CultureInfo.InvariantCulture, $"items={saved.Items.Count}"));
            return saved;
        });
    }

    public LabResult AddResult(LabResult result, long userId)
    {
        Validate(result);
        return _session.Write(() =>
        {
            var saved = _rows.InsertResult(result with { SupersedesId = null }, userId, _session.Now());
            _audit.Append(AuditAction.Create, AuditEntities.LabResult, saved.Id, saved.PatientId, userId);
            return saved;
        });
    }

    public LabResult Correct(long resultId, LabResult corrected, long userId)
    {
        Validate(corrected);
        return _session.Write(() =>
        {
            var current = _session.QuerySingle(CurrentByIdSql, LabRows.ReadResult, ("@id", resultId))
                ?? throw ClinicalRules.Refusal(StorageMessages.AlreadyRevised);
            var saved = _rows.InsertResult(
                corrected with { PatientId = current.PatientId, SupersedesId = resultId }, userId, _session.Now());
            _audit.Append(AuditAction.Amend, AuditEntities.LabResult, saved.Id, saved.PatientId, userId,
                string.Create(CultureInfo.InvariantCulture, $"supersedes_id={resultId}"));
            return saved;
        });
    }

    public IReadOnlyList<LabOrder> Orders(long patientId) =>
        _session.Read(() => _session.Query(OrdersSql, LabRows.ReadOrder, ("@patient", patientId)));

    public IReadOnlyList<LabResult> Results(long patientId, string? itemName = null) => _session.Read(() => itemName is null
        ? _session.Query(ResultsSql, LabRows.ReadResult, ("@patient", patientId))
        : _session.Query(ItemResultsSql, LabRows.ReadResult, ("@patient", patientId), ("@item", itemName)));

    private static void Validate(LabResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        ClinicalRules.Require(result.ItemName, StorageMessages.LabItemField);
        ClinicalRules.Require(result.Value, StorageMessages.LabValueField);
    }
}
