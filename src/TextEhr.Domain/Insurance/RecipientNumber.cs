using TextEhr.Domain.Validation;

namespace TextEhr.Domain.Insurance;

/// <summary>受給者番号 of a 公費: 7 digits.</summary>
/// <remarks>
/// MHLW's 番号設定要領 makes it 受給者区分 6 digits + 検証番号 1, computed like the 保険者番号 (the
/// 生活保護 numbers included). That was checked against secondary sources and a peer EHR, not the
/// notice itself, and 地方単独 programmes need not follow it: <see cref="ParseWithoutCheckDigit"/> is
/// for those.
/// </remarks>
public sealed record RecipientNumber
{
    private RecipientNumber(string value, bool hasValidCheckDigit)
    {
        Value = value;
        HasValidCheckDigit = hasValidCheckDigit;
    }

    /// <summary>7 ASCII digits.</summary>
    public string Value { get; }

    /// <summary>Always true from <see cref="Parse"/>; from <see cref="ParseWithoutCheckDigit"/>, whether the last digit happens to check.</summary>
    public bool HasValidCheckDigit { get; }

    /// <summary>7 digits with a matching 検証番号; full-width digits, spaces and hyphens accepted.</summary>
    public static ParseResult<RecipientNumber> Parse(string? text) =>
        Read(text, InsuranceMessages.RecipientNumberCheckDigit);

    /// <summary>7 digits, check digit not enforced: for 地方単独 公費 whose numbers do not carry one.</summary>
    public static ParseResult<RecipientNumber> ParseWithoutCheckDigit(string? text) => Read(text, null);

    public override string ToString() => Value;

    private static ParseResult<RecipientNumber> Read(string? text, string? wrongCheckDigit)
    {
        var read = NumberInput.Read(
            text,
            [7],
            InsuranceMessages.RecipientNumberEmpty,
            InsuranceMessages.RecipientNumberNotDigits,
            InsuranceMessages.RecipientNumberLength,
            wrongCheckDigit);
        return read.IsSuccess
            ? ParseResult<RecipientNumber>.Success(new RecipientNumber(read.Value!, CheckDigit.IsValid(read.Value)))
            : ParseResult<RecipientNumber>.Failure(read.Error!);
    }
}
