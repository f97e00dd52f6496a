using TextEhr.Domain.Prescriptions;

namespace TextEhr.App.Output;

/// <summary>A visit's prescription in JSON.</summary>
public sealed record PrescriptionJson(bool IsOutOfHouse, IReadOnlyList<PrescriptionGroupJson> Groups)
{
    public static PrescriptionJson From(Prescription prescription)
    {
        ArgumentNullException.ThrowIfNull(prescription);
        return new(prescription.IsOutOfHouse, [.. prescription.Groups.Select(PrescriptionGroupJson.From)]);
    }
}
