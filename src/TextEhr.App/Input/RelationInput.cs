using TextEhr.Domain.Patients;
using TextEhr.Domain.Validation;

namespace TextEhr.App.Input;

/// <summary>本人 (被保険者, 1) or 家族 (被扶養者, 2).</summary>
public static class RelationInput
{
    public static ParseResult<InsuredRelationship> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TypedText.Fold(text) switch
        {
            "本人" or "被保険者" or "1" => ParseResult<InsuredRelationship>.Success(InsuredRelationship.Self),
            "家族" or "被扶養者" or "2" => ParseResult<InsuredRelationship>.Success(InsuredRelationship.Dependent),
            _ => ParseResult<InsuredRelationship>.Failure(InputMessages.RelationChoices(text.Trim())),
        };
    }
}
