namespace TextEhr.App.Demo;

/// <summary>What <see cref="DemoClinicGenerator.Generate"/> wrote, and how long it took.</summary>
/// <param name="Patients">患者.</param>
/// <param name="Entries">Confirmed chart entries (one per visit).</param>
/// <param name="Prescriptions">Entries with a prescription.</param>
/// <param name="LabResults">検査結果 rows.</param>
/// <param name="Allergies">アレルギー rows.</param>
/// <param name="Problems">傷病名 rows.</param>
/// <param name="Elapsed">Wall time of the whole generation.</param>
public sealed record DemoSummary(
    int Patients, long Entries, long Prescriptions, long LabResults, long Allergies, long Problems, TimeSpan Elapsed);
