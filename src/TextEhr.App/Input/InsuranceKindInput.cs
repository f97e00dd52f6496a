using TextEhr.Domain.Patients;
using TextEhr.Domain.Validation;

namespace TextEhr.App.Input;

/// <summary>保険種別 by the words on the card or the JAHIS code 1–7.</summary>
public static class InsuranceKindInput
{
    public static ParseResult<InsuranceKind> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        InsuranceKind? kind = TypedText.Fold(text) switch
        {
            "社保" or "医保" or "協会" or "協会けんぽ" or "組合" or "共済" or "1" => InsuranceKind.Employee,
            "国保" or "国民健康保険" or "2" => InsuranceKind.National,
            "労災" or "3" => InsuranceKind.WorkersCompensation,
            "自賠" or "自賠責" or "4" => InsuranceKind.Automobile,
            "公害" or "5" => InsuranceKind.Pollution,
            "自費" or "6" => InsuranceKind.SelfPay,
            "後期" or "後期高齢" or "後期高齢者" or "7" => InsuranceKind.LateElderly,
            _ => null,
        };
        return kind is { } value
            ? ParseResult<InsuranceKind>.Success(value)
            : ParseResult<InsuranceKind>.Failure(InputMessages.InsuranceKindChoices(text.Trim()));
    }
}
