using System.Text;
using TextEhr.Domain.Validation;

namespace TextEhr.App.Input;

/// <summary>
/// 電話番号: 10 digits (固定) or 11 (携帯, 050), written with the hyphens the patient gave; full-width
/// digits and the IME's ー are folded. Empty clears it.
/// </summary>
public static class PhoneInput
{
    public static ParseResult<string> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = TypedText.Fold(text);
        if (folded.Length == 0)
        {
            return ParseResult<string>.Success(string.Empty);
        }

        var builder = new StringBuilder(folded.Length);
        var digits = 0;
        foreach (var c in folded)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
                builder.Append(c);
            }
            else if (TypedText.IsHyphen(c) || c is ' ' or '(' or ')')
            {
                builder.Append(c is ' ' or '(' or ')' ? c : '-');
            }
            else
            {
                return ParseResult<string>.Failure(InputMessages.PhoneFormat(text.Trim()));
            }
        }

        return digits is 10 or 11
            ? ParseResult<string>.Success(builder.ToString())
            : ParseResult<string>.Failure(InputMessages.PhoneFormat(text.Trim()));
    }
}
