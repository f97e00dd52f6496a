using System.Globalization;
using TextEhr.Domain.Validation;

namespace TextEhr.App.Input;

/// <summary>Counts and IDs typed as digits (full-width accepted).</summary>
public static class WholeNumberInput
{
    public static ParseResult<int> Parse(string text, int min, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        return int.TryParse(Signed(text), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            && value >= min && value <= max
            ? ParseResult<int>.Success(value)
            : ParseResult<int>.Failure(InputMessages.WholeNumber(text.Trim(), min, max));
    }

    // Compact drops hyphens (card numbers are copied with them), which would read "-1" as 1: keep a leading
    // hyphen-like mark (the IME's ー or －) as the minus sign, so a negative count is refused, not flipped.
    private static string Signed(string text)
    {
        var folded = TypedText.Fold(text);
        var negative = folded.Length > 0 && TypedText.IsHyphen(folded[0]);
        return (negative ? "-" : string.Empty) + TypedText.Compact(negative ? folded[1..] : folded);
    }

    /// <summary>A row ID: a positive whole number.</summary>
    public static ParseResult<long> ParseId(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return long.TryParse(TypedText.Compact(text).TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            && value > 0
            ? ParseResult<long>.Success(value)
            : ParseResult<long>.Failure(InputMessages.IdFormat(text.Trim()));
    }
}
