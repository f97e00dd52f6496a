using TextEhr.Domain.Clinical;

namespace TextEhr.App.Screens.Patients;

/// <summary>An allergy as the edit screen lists it: on file, to be added, or to be voided at F12.</summary>
/// <param name="Allergy">The allergy; <see cref="Allergy.Id"/> is 0 until saved.</param>
/// <param name="VoidReason">Why it is to be voided, or null.</param>
public sealed record PatientAllergyRow(Allergy Allergy, string? VoidReason = null)
{
    public bool IsNew => Allergy.Id == 0;

    public bool IsToBeVoided => VoidReason is not null;
}
