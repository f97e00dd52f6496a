using System.Globalization;
using TextEhr.Domain.Clinical;

namespace TextEhr.App.Output;

/// <summary>Vitals on one line: <c>BP 130/80mmHg 脈拍 72/分 体温 36.8℃ SpO2 98% 身長 170cm 体重 65kg BMI 22.5</c>.</summary>
public static class VitalsText
{
    public static string Format(Vitals vitals)
    {
        ArgumentNullException.ThrowIfNull(vitals);
        var parts = new List<string>();
        if (vitals.Systolic is { } systolic && vitals.Diastolic is { } diastolic)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"BP {systolic}/{diastolic}mmHg"));
        }

        if (vitals.Pulse is { } pulse)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"脈拍 {pulse}/分"));
        }

        if (vitals.TemperatureCelsius is { } temperature)
        {
            parts.Add($"体温 {DisplayText.Number(temperature)}℃");
        }

        if (vitals.SpO2 is { } spO2)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"SpO2 {spO2}%"));
        }

        if (vitals.HeightCm is { } height)
        {
            parts.Add($"身長 {DisplayText.Number(height)}cm");
        }

        if (vitals.WeightKg is { } weight)
        {
            parts.Add($"体重 {DisplayText.Number(weight)}kg");
        }

        if (vitals.Bmi is { } bmi)
        {
            parts.Add($"BMI {DisplayText.Number(bmi)}");
        }

        return string.Join("  ", parts);
    }
}
