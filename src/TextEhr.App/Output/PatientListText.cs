using TextEhr.Domain.Dates;
using TextEhr.Domain.Patients;

namespace TextEhr.App.Output;

/// <summary><c>patient find</c> as text: one patient per line.</summary>
public static class PatientListText
{
    public static void Write(TextWriter output, IReadOnlyList<PatientSummary> patients, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(patients);
        foreach (var patient in patients)
        {
            var phone = patient.Phone.Length > 0 ? $"  電話 {patient.Phone}" : string.Empty;
            output.WriteLine(
                $"{patient.ChartNumber}  {patient.Name.Full} ({patient.KanaName.Full})  {DisplayText.Of(patient.Sex)}  {JapaneseDateFormatter.FormatWareki(patient.BirthDate)} {DisplayText.AgeOf(patient.BirthDate, today)}{phone}");
        }
    }
}
