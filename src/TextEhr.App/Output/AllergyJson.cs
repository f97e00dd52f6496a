using TextEhr.Domain.Clinical;

namespace TextEhr.App.Output;

/// <summary>One allergy in JSON.</summary>
public sealed record AllergyJson(
    long Id,
    AllergyCategory Category,
    string CategoryLabel,
    string Substance,
    string Reaction,
    AllergyVerification Verification,
    string VerificationLabel)
{
    public static AllergyJson From(Allergy allergy)
    {
        ArgumentNullException.ThrowIfNull(allergy);
        return new(
            allergy.Id,
            allergy.Category,
            DisplayText.Of(allergy.Category),
            allergy.Substance,
            allergy.Reaction,
            allergy.Verification,
            DisplayText.Of(allergy.Verification));
    }
}
