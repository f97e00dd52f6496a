using TextEhr.Domain.Clinical;

namespace TextEhr.App.Output;

/// <summary>What one version of a chart entry says, in JSON.</summary>
public sealed record ChartContentJson(
    string Subjective,
    string Objective,
    string Assessment,
    string Plan,
    VitalsJson Vitals,
    PrescriptionJson? Prescription)
{
    public static ChartContentJson From(ChartEntryContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new(
            content.Subjective,
            content.Objective,
            content.Assessment,
            content.Plan,
            VitalsJson.From(content.Vitals),
            content.Prescription is null ? null : PrescriptionJson.From(content.Prescription));
    }
}
