using TextEhr.Domain.Clinical;
using TextEhr.Domain.Prescriptions;

namespace TextEhr.App.Input;

/// <summary>
/// The chart-entry options given on a command line; null fields were not given. <c>note add</c>
/// starts from an empty page, <c>note amend</c> from the current version's content.
/// </summary>
public sealed record NoteChanges
{
    public string? Subjective { get; init; }

    public string? Objective { get; init; }

    public string? Assessment { get; init; }

    public string? Plan { get; init; }

    public BloodPressure? BloodPressure { get; init; }

    public int? Pulse { get; init; }

    public decimal? Temperature { get; init; }

    public int? SpO2 { get; init; }

    public decimal? Height { get; init; }

    public decimal? Weight { get; init; }

    /// <summary>The Rp groups replacing the current prescription; null when no <c>--rp</c> was given.</summary>
    public IReadOnlyList<PrescriptionGroup>? Prescription { get; init; }

    public bool InHouse { get; init; }

    public bool IsEmpty => this == new NoteChanges { InHouse = InHouse };

    public ChartEntryContent ApplyTo(ChartEntryContent current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var vitals = current.Vitals with
        {
            Systolic = BloodPressure?.Systolic ?? current.Vitals.Systolic,
            Diastolic = BloodPressure?.Diastolic ?? current.Vitals.Diastolic,
            Pulse = Pulse ?? current.Vitals.Pulse,
            TemperatureCelsius = Temperature ?? current.Vitals.TemperatureCelsius,
            SpO2 = SpO2 ?? current.Vitals.SpO2,
            HeightCm = Height ?? current.Vitals.HeightCm,
            WeightKg = Weight ?? current.Vitals.WeightKg,
        };
        return current with
        {
            Subjective = Subjective ?? current.Subjective,
            Objective = Objective ?? current.Objective,
            Assessment = Assessment ?? current.Assessment,
            Plan = Plan ?? current.Plan,
            Vitals = vitals,
            Prescription = Prescription is null
                ? current.Prescription
                : new Prescription { Groups = Prescription, IsOutOfHouse = !InHouse },
        };
    }
}
