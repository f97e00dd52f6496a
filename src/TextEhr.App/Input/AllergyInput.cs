using TextEhr.Domain.Clinical;
using TextEhr.Domain.Validation;

namespace TextEhr.App.Input;

/// <summary>
/// One allergy as <c>種類:原因[:症状[:確認状況]]</c>: <c>薬剤:ペニシリン:発疹</c>,
/// <c>その他:卵:じんましん:自己申告</c>. Confirmed unless 自己申告 is written.
/// </summary>
public static class AllergyInput
{
    public static ParseResult<Allergy> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = TypedText.SplitFields(text);
        if (parts.Length is < 2 or > 4 || parts[1].Length == 0)
        {
            return ParseResult<Allergy>.Failure(InputMessages.AllergyFormat(text.Trim()));
        }

        AllergyCategory? category = TypedText.Fold(parts[0]).ToUpperInvariant() switch
        {
            "薬剤" or "薬" or "医薬品" or "DRUG" => AllergyCategory.Drug,
            "その他" or "他" or "食物" or "食品" or "OTHER" => AllergyCategory.Other,
            _ => null,
        };
        if (category is null)
        {
            return ParseResult<Allergy>.Failure(InputMessages.AllergyCategoryChoices(parts[0]));
        }

        var verification = AllergyVerification.Confirmed;
        if (parts.Length == 4 && parts[3].Length > 0)
        {
            AllergyVerification? read = TypedText.Fold(parts[3]) switch
            {
                "確認済" or "確認済み" or "確定" or "確認" => AllergyVerification.Confirmed,
                "自己申告" or "申告" => AllergyVerification.SelfReported,
                _ => null,
            };
            if (read is null)
            {
                return ParseResult<Allergy>.Failure(InputMessages.AllergyVerificationChoices(parts[3]));
            }

            verification = read.Value;
        }

        return ParseResult<Allergy>.Success(new Allergy
        {
            Category = category.Value,
            Substance = parts[1],
            Reaction = parts.Length >= 3 ? parts[2] : string.Empty,
            Verification = verification,
        });
    }
}
