using TextEhr.Domain.Clinical;
using TextEhr.Domain.Dates;
using TextEhr.Domain.Labs;
using TextEhr.Domain.Patients;
using TextEhr.Domain.Prescriptions;

namespace TextEhr.Documents.Referral;

/// <summary>
/// 診療情報提供書 (別紙様式11): every field of the form, filled from the chart and then edited by the
/// doctor with <c>with</c> before printing. The same model is meant to feed the FHIR export.
/// </summary>
public sealed record ReferralLetterModel
{
    /// <summary>紹介先医療機関名.</summary>
    public string ToInstitution { get; init; } = string.Empty;

    /// <summary>紹介先の診療科.</summary>
    public string ToDepartment { get; init; } = string.Empty;

    /// <summary>紹介先の担当医 (blank prints "担当医").</summary>
    public string ToDoctor { get; init; } = string.Empty;

    /// <summary>The letter's date.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>紹介元: the clinic.</summary>
    public required ClinicInfo Clinic { get; init; }

    /// <summary>紹介元の医師氏名.</summary>
    public required string DoctorName { get; init; }

    /// <summary>患者氏名.</summary>
    public required string PatientName { get; init; }

    /// <summary>患者氏名のカナ.</summary>
    public string PatientKana { get; init; } = string.Empty;

    /// <summary>性別.</summary>
    public required Sex Sex { get; init; }

    /// <summary>生年月日.</summary>
    public required DateOnly BirthDate { get; init; }

    /// <summary>住所.</summary>
    public string PatientAddress { get; init; } = string.Empty;

    /// <summary>電話番号.</summary>
    public string PatientPhone { get; init; } = string.Empty;

    /// <summary>職業.</summary>
    public string Occupation { get; init; } = string.Empty;

    /// <summary>傷病名, one per line.</summary>
    public string Diagnoses { get; init; } = string.Empty;

    /// <summary>紹介目的.</summary>
    public string Purpose { get; init; } = string.Empty;

    /// <summary>既往歴及び家族歴.</summary>
    public string History { get; init; } = string.Empty;

    /// <summary>症状経過及び検査結果.</summary>
    public string Course { get; init; } = string.Empty;

    /// <summary>治療経過.</summary>
    public string Treatment { get; init; } = string.Empty;

    /// <summary>現在の処方.</summary>
    public string CurrentPrescription { get; init; } = string.Empty;

    /// <summary>備考.</summary>
    public string Remarks { get; init; } = string.Empty;

    /// <summary>満年齢 on the letter's date.</summary>
    public int Age => Domain.Dates.Age.FullYears(BirthDate, Date);

    /// <summary>
    /// A letter pre-filled from the chart: continuing problems → 傷病名, the last prescription → 現在の処方,
    /// the newest value of each lab item → 検査結果. The doctor writes 紹介先 and 紹介目的.
    /// </summary>
    public static ReferralLetterModel FromChart(
        Patient patient,
        IEnumerable<Problem> problems,
        Prescription? lastPrescription,
        IEnumerable<LabResult> recentResults,
        IEnumerable<Allergy> allergies,
        IEnumerable<ChartEntryVersion> recentEntries,
        ClinicInfo clinic,
        string doctorName,
        DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(recentResults);
        ArgumentNullException.ThrowIfNull(allergies);
        ArgumentNullException.ThrowIfNull(recentEntries);
        ArgumentNullException.ThrowIfNull(clinic);
        return new ReferralLetterModel
        {
            Date = today,
            Clinic = clinic,
            DoctorName = doctorName ?? string.Empty,
            PatientName = patient.Name.Full,
            PatientKana = patient.KanaName.Full,
            Sex = patient.Sex,
            BirthDate = patient.BirthDate,
            PatientAddress = patient.Address,
            PatientPhone = patient.Phone,
            Occupation = patient.Occupation,
            Diagnoses = ChartText.Diagnoses(problems),
            Course = CourseFrom(recentEntries, recentResults),
            CurrentPrescription = lastPrescription is null ? string.Empty : ChartText.Prescription(lastPrescription),
            Remarks = ChartText.AllergyLine(allergies),
        };
    }

    // The receiving doctor reads the newest note first (today's draft included: the letter is usually written
    // during that visit), then the newest results: what a doctor copies by hand onto 様式11, edited before printing.
    private static string CourseFrom(IEnumerable<ChartEntryVersion> recentEntries, IEnumerable<LabResult> recentResults)
    {
        var parts = new List<string>();
        var note = recentEntries
            .Where(static e => e.Status == EntryStatus.Active && !e.Content.IsEmpty)
            .OrderByDescending(static e => e.VisitDate)
            .FirstOrDefault();
        if (note is not null)
        {
            parts.Add($"{JapaneseDateFormatter.FormatShort(note.VisitDate)} 受診時\n{ChartText.Soap(note.Content)}");
        }

        var results = ChartText.LatestResults(recentResults);
        if (results.Length > 0)
        {
            parts.Add(note is null ? results : "検査結果\n" + results);
        }

        return string.Join("\n\n", parts);
    }
}
