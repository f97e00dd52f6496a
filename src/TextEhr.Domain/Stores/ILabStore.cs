using TextEhr.Domain.Labs;

namespace TextEhr.Domain.Stores;

/// <summary>Lab orders and results, append-only.</summary>
public interface ILabStore
{
    LabOrder Order(LabOrder order, long userId);

    LabResult AddResult(LabResult result, long userId);

    /// <summary>Records a corrected value as a new row superseding <paramref name="resultId"/>.</summary>
    LabResult Correct(long resultId, LabResult corrected, long userId);

    IReadOnlyList<LabOrder> Orders(long patientId);

    /// <summary>Current results (not superseded, not voided), newest first; one item when named.</summary>
    IReadOnlyList<LabResult> Results(long patientId, string? itemName = null);
}
