using TextEhr.App.Input;
using TextEhr.Domain.Patients;

namespace TextEhr.App.Cli;

/// <summary>The domain's checks of a whole patient record, reported like any other input problem.</summary>
public static class PatientRules
{
    public static void Check(Patient patient, DateOnly today, InputErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.AddRange(PatientValidator.Validate(patient, today));
    }
}
