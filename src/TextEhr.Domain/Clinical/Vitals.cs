namespace TextEhr.Domain.Clinical;

/// <summary>バイタル on one visit. Every value is optional: the doctor writes what was measured.</summary>
public sealed record Vitals
{
    /// <summary>収縮期血圧 mmHg.</summary>
    public int? Systolic { get; init; }

    /// <summary>拡張期血圧 mmHg.</summary>
    public int? Diastolic { get; init; }

    /// <summary>脈拍 /分.</summary>
    public int? Pulse { get; init; }

    /// <summary>体温 ℃.</summary>
    public decimal? TemperatureCelsius { get; init; }

    /// <summary>SpO2 %.</summary>
    public int? SpO2 { get; init; }

    public decimal? HeightCm { get; init; }

    public decimal? WeightKg { get; init; }

    /// <summary>BMI to one decimal, when both height and weight are known.</summary>
    public decimal? Bmi => HeightCm is > 0 && WeightKg is > 0
        ? Math.Round(WeightKg.Value / (HeightCm.Value / 100m * (HeightCm.Value / 100m)), 1, MidpointRounding.AwayFromZero)
        : null;

    public bool IsEmpty => Systolic is null && Diastolic is null && Pulse is null && TemperatureCelsius is null
        && SpO2 is null && HeightCm is null && WeightKg is null;
}
