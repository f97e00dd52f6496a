using TextEhr.Domain.Patients;

namespace TextEhr.Domain.Stores;

/// <summary>
/// 患者 master data. Every write and every <see cref="Open"/> is audited with the acting user.
/// An edit keeps the previous values as a history row.
/// </summary>
public interface IPatientStore
{
    /// <summary>Saves a new patient; assigns <see cref="Patient.Id"/>, and the 患者番号 when empty.</summary>
    Patient Add(Patient patient, long userId);

    /// <summary>Saves an edit made on revision <see cref="Patient.Revision"/>; refuses a stale one.</summary>
    Patient Update(Patient patient, long userId);

    /// <summary>Opens a patient's record (audited as a view).</summary>
    Patient? Open(long patientId, long userId);

    /// <summary>Looks up the store key for a 患者番号 (not audited: no record is shown).</summary>
    long? FindIdByChartNumber(string chartNumber);

    /// <summary>
    /// Incremental search: カナ prefix, 漢字 substring, 患者番号, 生年月日 (和暦 or 西暦) or phone digits,
    /// routed by what the text looks like. Ordered by カナ.
    /// </summary>
    IReadOnlyList<PatientSummary> Search(string text, int limit);

    /// <summary>Earlier values of a patient, oldest first, each with the revision it had.</summary>
    IReadOnlyList<Patient> History(long patientId);

    long Count();
}
