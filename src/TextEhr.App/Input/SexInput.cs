using TextEhr.Domain.Patients;
using TextEhr.Domain.Validation;

namespace TextEhr.App.Input;

/// <summary>性別: 男/女, M/F, or the JAHIS codes 1/2.</summary>
public static class SexInput
{
    public static ParseResult<Sex> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = TypedText.Fold(text).ToUpperInvariant();
        return folded switch
        {
            "男" or "男性" or "M" or "MALE" or "1" => ParseResult<Sex>.Success(Sex.Male),
            "女" or "女性" or "F" or "FEMALE" or "2" => ParseResult<Sex>.Success(Sex.Female),
            _ => ParseResult<Sex>.Failure(InputMessages.SexChoices(text.Trim())),
        };
    }
}
