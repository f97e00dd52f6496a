using TextEhr.Domain.Patients;
using TextEhr.Storage;

namespace TextEhr.App.Bench;

/// <summary>What every case may use: the open clinic, its file, the doctor, and real patients to type.</summary>
public sealed class BenchContext
{
    public required ClinicDatabase Database { get; init; }

    public required string DatabasePath { get; init; }

    public required long DoctorId { get; init; }

    /// <summary>Patients drawn at random from the clinic (500 at most), as stored.</summary>
    public required IReadOnlyList<Patient> Samples { get; init; }

    public required TimeProvider Time { get; init; }

    /// <summary>Where progress goes (nowhere when the output is JSON).</summary>
    public required Action<string> Progress { get; init; }

    /// <summary>How many fresh processes <see cref="UiStartCase"/> starts; 0 skips it.</summary>
    public int UiRuns { get; init; } = UiStartCase.DefaultRuns;
}
