using System.Text.RegularExpressions;
using TextEhr.Domain.Validation;

namespace TextEhr.App.Input;

/// <summary>The clinic's identifiers and a user's login, as <c>init</c> reads them.</summary>
public static partial class ClinicInput
{
    public const int MinimumPasswordLength = 8;

    /// <summary>医療機関コード: 7 digits.</summary>
    public static ParseResult<string> ParseInstitutionCode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var digits = TypedText.Compact(text);
        return digits.Length == 7 && TypedText.IsAllAsciiDigits(digits)
            ? ParseResult<string>.Success(digits)
            : ParseResult<string>.Failure(InputMessages.InstitutionCodeFormat(text.Trim()));
    }

    /// <summary>都道府県番号 01–47 (a single digit is padded).</summary>
    public static ParseResult<string> ParsePrefecture(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var digits = TypedText.Compact(text);
        return digits.Length is 1 or 2 && TypedText.IsAllAsciiDigits(digits)
            && int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 47
            ? ParseResult<string>.Success(digits.PadLeft(2, '0'))
            : ParseResult<string>.Failure(InputMessages.PrefectureFormat(text.Trim()));
    }

    /// <summary>A login: ASCII letters, digits and <c>. _ -</c>, 2–32 long, kept in lower case.</summary>
    public static ParseResult<string> ParseLogin(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = TypedText.Fold(text).ToLowerInvariant();
        return LoginPattern().IsMatch(folded)
            ? ParseResult<string>.Success(folded)
            : ParseResult<string>.Failure(InputMessages.LoginFormat(text.Trim()));
    }

    public static ParseResult<string> ParsePassword(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length >= MinimumPasswordLength
            ? ParseResult<string>.Success(text)
            : ParseResult<string>.Failure(InputMessages.PasswordTooShort(MinimumPasswordLength));
    }

    /// <summary>Required free text (a name): trimmed, not blank.</summary>
    public static ParseResult<string> ParseRequiredText(string text, string example)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        return trimmed.Length > 0
            ? ParseResult<string>.Success(trimmed)
            : ParseResult<string>.Failure(InputMessages.Required(example));
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{1,31}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex LoginPattern();
}
