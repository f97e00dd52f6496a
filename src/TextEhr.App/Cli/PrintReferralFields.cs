using System.Text;
using System.Text.Json;
using TextEhr.App.Output;
using TextEhr.Documents.Referral;
using TextEhr.Domain.Validation;

namespace TextEhr.App.Cli;

/// <summary>
/// The referral fields a doctor writes (or overrides) by hand, from options or a JSON file; a field left
/// null keeps what the chart filled in.
/// </summary>
internal sealed record PrintReferralFields
{
    public string? ToInstitution { get; init; }

    public string? ToDepartment { get; init; }

    public string? ToDoctor { get; init; }

    public string? Purpose { get; init; }

    public string? Diagnoses { get; init; }

    public string? History { get; init; }

    public string? Course { get; init; }

    public string? Treatment { get; init; }

    public string? Prescription { get; init; }

    public string? Remarks { get; init; }

    public static PrintReferralFields Read(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<PrintReferralFields>(File.ReadAllText(path, Encoding.UTF8), JsonFormat.Options)
                ?? new PrintReferralFields();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new ValidationException([new ValidationError("--json", PrintMessages.JsonUnreadable(path))]);
        }
    }

    /// <summary>These fields over <paramref name="other"/>'s: options win over the JSON file.</summary>
    public PrintReferralFields Over(PrintReferralFields other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new PrintReferralFields
        {
            ToInstitution = ToInstitution ?? other.ToInstitution,
            ToDepartment = ToDepartment ?? other.ToDepartment,
            ToDoctor = ToDoctor ?? other.ToDoctor,
            Purpose = Purpose ?? other.Purpose,
            Diagnoses = Diagnoses ?? other.Diagnoses,
            History = History ?? other.History,
            Course = Course ?? other.Course,
            Treatment = Treatment ?? other.Treatment,
            Prescription = Prescription ?? other.Prescription,
            Remarks = Remarks ?? other.Remarks,
        };
    }

    public ReferralLetterModel ApplyTo(ReferralLetterModel letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        return letter with
        {
            ToInstitution = ToInstitution ?? letter.ToInstitution,
            ToDepartment = ToDepartment ?? letter.ToDepartment,
            ToDoctor = ToDoctor ?? letter.ToDoctor,
            Purpose = Purpose ?? letter.Purpose,
            Diagnoses = Diagnoses ?? letter.Diagnoses,
            History = History ?? letter.History,
            Course = Course ?? letter.Course,
            Treatment = Treatment ?? letter.Treatment,
            CurrentPrescription = Prescription ?? letter.CurrentPrescription,
            Remarks = Remarks ?? letter.Remarks,
        };
    }
}
