using TextEhr.Domain.Patients;
using TextEhr.Domain.Prescriptions;

namespace TextEhr.Documents.Prescriptions;

/// <summary>
/// 院外処方箋 (様式第二号): patient, insurance, clinic, doctor, dates and the Rp groups, as printed and as
/// encoded in the JAHIS 2D code.
/// </summary>
public sealed record PrescriptionSlipModel
{
    /// <summary>The issuing clinic.</summary>
    public required ClinicInfo Clinic { get; init; }

    /// <summary>保険医氏名.</summary>
    public required string DoctorName { get; init; }

    /// <summary>The patient, insurance and 公費 included.</summary>
    public required Patient Patient { get; init; }

    /// <summary>交付年月日.</summary>
    public required DateOnly IssueDate { get; init; }

    /// <summary>使用期間の最終日; by rule four days including the day of issue.</summary>
    public required DateOnly ExpiryDate { get; init; }

    /// <summary>The drugs.</summary>
    public required Prescription Prescription { get; init; }

    /// <summary>備考.</summary>
    public string Remarks { get; init; } = string.Empty;

    /// <summary>変更不可・患者希望 per drug; a drug not listed has neither.</summary>
    public IReadOnlyList<DrugMarks> Marks { get; init; } = [];

    /// <summary>リフィル可 and its 回数 (2 or 3); 0 when the slip is not a refill one.</summary>
    public int RefillCount { get; init; }

    /// <summary>保険薬局が調剤時に残薬を確認した場合の対応.</summary>
    public LeftoverMedicineAction Leftover { get; init; }

    /// <summary>The marks of the drug at <paramref name="serial"/> in Rp <paramref name="rp"/> (both from 1).</summary>
    public DrugMarks MarksFor(int rp, int serial) =>
        Marks.FirstOrDefault(m => m.Rp == rp && m.Serial == serial) ?? new DrugMarks { Rp = rp, Serial = serial };

    /// <summary>A slip for <paramref name="prescription"/> issued on <paramref name="today"/>.</summary>
    public static PrescriptionSlipModel From(Patient patient, Prescription prescription, ClinicInfo clinic, string doctorName, DateOnly today) =>
        new()
        {
            Patient = patient ?? throw new ArgumentNullException(nameof(patient)),
            Prescription = prescription ?? throw new ArgumentNullException(nameof(prescription)),
            Clinic = clinic ?? throw new ArgumentNullException(nameof(clinic)),
            DoctorName = doctorName ?? string.Empty,
            IssueDate = today,
            ExpiryDate = today.AddDays(3),
        };
}
