using TextEhr.Domain.Validation;

namespace TextEhr.App.Input;

/// <summary>郵便番号: 7 digits, stored as <c>123-4567</c>; 〒, spaces and any hyphen accepted. Empty clears it.</summary>
public static class PostalCodeInput
{
    public static ParseResult<string> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var digits = TypedText.Compact(text).TrimStart('〒');
        if (digits.Length == 0)
        {
            return ParseResult<string>.Success(string.Empty);
        }

        return digits.Length == 7 && TypedText.IsAllAsciiDigits(digits)
            ? ParseResult<string>.Success($"{digits[..3]}-{digits[3..]}")
            : ParseResult<string>.Failure(InputMessages.PostalCodeFormat(text.Trim()));
    }
}
