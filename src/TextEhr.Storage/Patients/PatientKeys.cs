using TextEhr.Domain.Patients;
using TextEhr.Domain.Text;

namespace TextEhr.Storage.Patients;

/// <summary>
/// The search columns of a patient row, built by the same normaliser as the queries (notes/DB.md §7):
/// the keys and the query can only match if one function makes both.
/// </summary>
internal sealed record PatientKeys(string NameNorm, string KanaNorm, string PhoneDigits)
{
    public static PatientKeys For(Patient patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        return new PatientKeys(
            KanaNormalizer.NormalizeName(patient.Name.Family + patient.Name.Given),
            KanaNormalizer.NormalizeKana(patient.KanaName.Family + patient.KanaName.Given),
            KanaNormalizer.DigitsOnly(patient.Phone));
    }
}
