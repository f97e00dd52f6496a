using TextEhr.Domain.Clinical;

namespace TextEhr.Domain.Stores;

/// <summary>Allergies: appended, never changed; a mistake is voided with a reason.</summary>
public interface IAllergyStore
{
    Allergy Add(Allergy allergy, long userId);

    void Void(long allergyId, string reason, long userId);

    /// <summary>The allergies in force (not voided).</summary>
    IReadOnlyList<Allergy> ForPatient(long patientId);
}
