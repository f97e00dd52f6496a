using TextEhr.Domain.Validation;

namespace TextEhr.App.Input;

/// <summary>枝番: two digits (one is padded: 1 → 01); empty for a card without one.</summary>
public static class BranchNumberInput
{
    public static ParseResult<string> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var digits = TypedText.Compact(text);
        if (digits.Length == 0)
        {
            return ParseResult<string>.Success(string.Empty);
        }

        return digits.Length <= 2 && TypedText.IsAllAsciiDigits(digits)
            ? ParseResult<string>.Success(digits.PadLeft(2, '0'))
            : ParseResult<string>.Failure(InputMessages.BranchFormat(text.Trim()));
    }
}
