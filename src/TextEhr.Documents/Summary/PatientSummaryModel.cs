using TextEhr.Domain.Clinical;
using TextEhr.Domain.Labs;
using TextEhr.Domain.Patients;
using TextEhr.Domain.Prescriptions;

namespace TextEhr.Documents.Summary;

/// <summary>患者サマリー: problems, allergies, current prescription, lab trends and the last notes on one page.</summary>
public sealed record PatientSummaryModel
{
    /// <summary>How many results of each item the trend shows.</summary>
    public const int TrendLength = 6;

    /// <summary>How many recent notes are printed.</summary>
    public const int NoteCount = 3;

    /// <summary>作成日.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The clinic.</summary>
    public required ClinicInfo Clinic { get; init; }

    /// <summary>記載医師.</summary>
    public required string DoctorName { get; init; }

    /// <summary>The patient.</summary>
    public required Patient Patient { get; init; }

    /// <summary>Continuing problems, primary first.</summary>
    public IReadOnlyList<Problem> Problems { get; init; } = [];

    /// <summary>Allergies in force.</summary>
    public IReadOnlyList<Allergy> Allergies { get; init; } = [];

    /// <summary>現在の処方 as Rp lines.</summary>
    public string CurrentPrescription { get; init; } = string.Empty;

    /// <summary>Recent results per item.</summary>
    public IReadOnlyList<LabTrend> Labs { get; init; } = [];

    /// <summary>The last notes in force (voided ones left out, as in the referral), newest first.</summary>
    public IReadOnlyList<SummaryNote> Notes { get; init; } = [];

    /// <summary>A summary of the chart on <paramref name="today"/>.</summary>
    public static PatientSummaryModel FromChart(
        Patient patient,
        IEnumerable<Problem> problems,
        IEnumerable<Allergy> allergies,
        Prescription? lastPrescription,
        IEnumerable<LabResult> results,
        IEnumerable<ChartEntryVersion> recentEntries,
        ClinicInfo clinic,
        string doctorName,
        DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(allergies);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(recentEntries);
        return new PatientSummaryModel
        {
            Date = today,
            Clinic = clinic ?? throw new ArgumentNullException(nameof(clinic)),
            DoctorName = doctorName ?? string.Empty,
            Patient = patient,
            Problems = ChartText.Active(problems),
            Allergies = [.. allergies.Where(static a => !a.IsVoided)],
            CurrentPrescription = lastPrescription is null ? string.Empty : ChartText.Prescription(lastPrescription),
            Labs = [.. results
                .Where(static r => r.VoidedAt is null)
                .GroupBy(static r => r.ItemName, StringComparer.Ordinal)
                .Select(static g => new LabTrend(
                    g.Key,
                    g.Last().Unit,
                    [.. g.OrderByDescending(static r => r.CollectedOn).ThenByDescending(static r => r.Id).Take(TrendLength).Reverse()]))],
            Notes = [.. recentEntries
                .Where(static e => e.Status == EntryStatus.Active && !e.Content.IsEmpty)
                .OrderByDescending(static e => e.VisitDate)
                .Take(NoteCount)
                .Select(static e => new SummaryNote(e.VisitDate, ChartText.Soap(e.Content)))],
        };
    }
}
