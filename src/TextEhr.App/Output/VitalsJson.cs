using TextEhr.Domain.Clinical;

namespace TextEhr.App.Output;

/// <summary>Vitals in JSON, with the computed BMI.</summary>
public sealed record VitalsJson(
    int? Systolic,
    int? Diastolic,
    int? Pulse,
    decimal? TemperatureCelsius,
    int? SpO2,
    decimal? HeightCm,
    decimal? WeightKg,
    decimal? Bmi)
{
    public static VitalsJson From(Vitals vitals)
    {
        ArgumentNullException.ThrowIfNull(vitals);
        return new(
            vitals.Systolic,
            vitals.Diastolic,
            vitals.Pulse,
            vitals.TemperatureCelsius,
            vitals.SpO2,
            vitals.HeightCm,
            vitals.WeightKg,
            vitals.Bmi);
    }
}
