using TextEhr.Domain.Validation;

namespace TextEhr.Domain.Insurance;

/// <summary>
/// 公費負担者番号: 法別番号 2 + 都道府県 2 + 実施機関 3 + 検証番号 1, with the 保険者番号 check digit.
/// Only <see cref="Parse"/> makes one.
/// </summary>
public sealed record PublicPayerNumber
{
    private PublicPayerNumber(string value)
    {
        Value = value;
    }

    /// <summary>8 ASCII digits.</summary>
    public string Value { get; }

    /// <summary>法別番号: 12 生活保護, 21 精神通院, 54 難病 ….</summary>
    public string LawCode => Value[..2];

    public string Prefecture => Value.Substring(2, 2);

    /// <summary>生活保護 (医療扶助, 法別番号 12).</summary>
    public bool IsPublicAssistance => string.Equals(LawCode, "12", StringComparison.Ordinal);

    /// <summary>Accepts full-width digits, spaces and hyphens.</summary>
    public static ParseResult<PublicPayerNumber> Parse(string? text)
    {
        var read = NumberInput.Read(
            text,
            [8],
            InsuranceMessages.PublicPayerNumberEmpty,
            InsuranceMessages.PublicPayerNumberNotDigits,
            InsuranceMessages.PublicPayerNumberLength,
            InsuranceMessages.PublicPayerNumberCheckDigit);
        return read.IsSuccess
            ? ParseResult<PublicPayerNumber>.Success(new PublicPayerNumber(read.Value!))
            : ParseResult<PublicPayerNumber>.Failure(read.Error!);
    }

    public override string ToString() => Value;
}
