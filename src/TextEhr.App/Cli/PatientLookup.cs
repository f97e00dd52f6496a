using TextEhr.App.Input;
using TextEhr.Domain.Patients;
using TextEhr.Domain.Stores;
using TextEhr.Domain.Validation;

namespace TextEhr.App.Cli;

/// <summary>
/// Opens the patient a command names: by 患者番号 first (what staff read off the card), else by the
/// store ID that <c>patient add</c> printed. Opening is audited as a view by the store.
/// </summary>
public static class PatientLookup
{
    /// <summary>The patient, opened for <paramref name="userId"/>.</summary>
    /// <exception cref="ValidationException">No patient has that number or ID.</exception>
    public static Patient Open(IPatientStore patients, string typed, long userId)
    {
        ArgumentNullException.ThrowIfNull(patients);
        ArgumentNullException.ThrowIfNull(typed);
        var text = TypedText.Compact(typed);
        long? id = text.Length > 0 ? patients.FindIdByChartNumber(text) : null;
        if (id is null && WholeNumberInput.ParseId(text) is { IsSuccess: true } parsed)
        {
            id = parsed.Value;
        }

        return (id is { } found ? patients.Open(found, userId) : null)
            ?? throw new ValidationException([new ValidationError(Fields.Patient, CliMessages.PatientNotFound(typed.Trim()))]);
    }
}
