using TextEhr.Domain.Prescriptions;

namespace TextEhr.App.Output;

/// <summary>One drug of an Rp in JSON.</summary>
public sealed record PrescriptionItemJson(string DrugName, string? DrugCode, decimal Dose, string Unit, bool IsGeneric)
{
    public static PrescriptionItemJson From(PrescriptionItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new(item.DrugName, item.DrugCode, item.Dose, item.Unit, item.IsGeneric);
    }
}
