using TextEhr.Domain.Prescriptions;

namespace TextEhr.App.Screens.Charting;

/// <summary>
/// A visit's page exactly as typed: texts, not values, so that a box that does not parse yet is kept
/// as it is and nothing typed is lost. <see cref="EntryParser"/> turns it into content.
/// </summary>
public sealed record EntryFields
{
    public string VisitDate { get; init; } = string.Empty;

    public string Subjective { get; init; } = string.Empty;

    public string Objective { get; init; } = string.Empty;

    public string BloodPressure { get; init; } = string.Empty;

    public string Pulse { get; init; } = string.Empty;

    public string Temperature { get; init; } = string.Empty;

    public string SpO2 { get; init; } = string.Empty;

    public string Height { get; init; } = string.Empty;

    public string Weight { get; init; } = string.Empty;

    public string Assessment { get; init; } = string.Empty;

    public string Plan { get; init; } = string.Empty;

    /// <summary>The Rp groups; a new list on every change, so equality of pages stays cheap.</summary>
    public IReadOnlyList<PrescriptionGroup> Groups { get; init; } = [];

    /// <summary>院外処方 unless the page came from an 院内 one.</summary>
    public bool IsOutOfHouse { get; init; } = true;
}
