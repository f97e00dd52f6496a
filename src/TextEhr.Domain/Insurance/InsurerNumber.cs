using TextEhr.Domain.Validation;

namespace TextEhr.Domain.Insurance;

/// <summary>
/// 保険者番号: 8 digits (法別番号 2 + 都道府県 2 + 保険者 3 + 検証番号 1) or, for 国保, 6 digits
/// (都道府県 2 + 保険者 3 + 検証番号 1). Only <see cref="Parse"/> makes one, so every instance has a
/// valid check digit.
/// </summary>
public sealed record InsurerNumber
{
    private InsurerNumber(string value)
    {
        Value = value;
    }

    /// <summary>6 or 8 ASCII digits.</summary>
    public string Value { get; }

    /// <summary>法別番号 (01 協会けんぽ, 06 組合, 39 後期高齢者 …), or null for a 6-digit 国保 number.</summary>
    public string? LawCode => Value.Length == 8 ? Value[..2] : null;

    /// <summary>都道府県番号, 01 北海道 … 47 沖縄.</summary>
    public string Prefecture => Value.Length == 8 ? Value.Substring(2, 2) : Value[..2];

    public bool IsNationalHealthInsurance => Value.Length == 6;

    /// <summary>後期高齢者医療 (法別番号 39).</summary>
    public bool IsLateElderly => string.Equals(LawCode, "39", StringComparison.Ordinal);

    /// <summary>
    /// Accepts full-width digits, spaces and hyphens. An 8-digit number starting 00 is a 国保 number
    /// padded as in レセ電 and FHIR identifiers (no 法別番号 is 00); it is kept as its 6 digits.
    /// </summary>
    public static ParseResult<InsurerNumber> Parse(string? text)
    {
        var read = NumberInput.Read(
            text,
            [6, 8],
            InsuranceMessages.InsurerNumberEmpty,
            InsuranceMessages.InsurerNumberNotDigits,
            InsuranceMessages.InsurerNumberLength,
            InsuranceMessages.InsurerNumberCheckDigit);
        if (!read.IsSuccess)
        {
            return ParseResult<InsurerNumber>.Failure(read.Error!);
        }

        var digits = read.Value!;
        if (digits.StartsWith("00", StringComparison.Ordinal) && digits.Length == 8)
        {
            digits = digits[2..];
        }

        return ParseResult<InsurerNumber>.Success(new InsurerNumber(digits));
    }

    /// <summary>Zero-padded to 8 digits, as the 被保険者個人識別子 and レセ電 want it.</summary>
    public string ToEightDigits() => Value.PadLeft(8, '0');

    public override string ToString() => Value;
}
