using TextEhr.Domain.Prescriptions;

namespace TextEhr.App.Output;

/// <summary>One Rp in JSON.</summary>
public sealed record PrescriptionGroupJson(
    DosageForm Form,
    string Usage,
    int Duration,
    DurationUnit DurationUnit,
    IReadOnlyList<PrescriptionItemJson> Items)
{
    public static PrescriptionGroupJson From(PrescriptionGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return new(group.Form, group.Usage, group.Duration, group.DurationUnit, [.. group.Items.Select(PrescriptionItemJson.From)]);
    }
}
