using System.Text;
using TextEhr.Domain.Validation;

namespace TextEhr.Domain.Insurance;

/// <summary>How numbers copied from a card arrive: full-width, with spaces or hyphens between groups.</summary>
internal static class NumberInput
{
    /// <summary>NFKC, then spaces (U+3000 too) and hyphen-like marks removed; letters are kept to be refused.</summary>
    public static string Clean(string? text)
    {
        if (text is null)
        {
            return string.Empty;
        }

        var normalized = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (!char.IsWhiteSpace(c) && !IsHyphen(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The cleaned digits, or the message for the first problem: empty, not digits, wrong length, and,
    /// when <paramref name="wrongCheckDigit"/> is given, a check digit that does not match.
    /// </summary>
    public static ParseResult<string> Read(
        string? text,
        ReadOnlySpan<int> lengths,
        string empty,
        string notDigits,
        Func<int, string> wrongLength,
        string? wrongCheckDigit)
    {
        var digits = Clean(text);
        if (digits.Length == 0)
        {
            return ParseResult<string>.Failure(empty);
        }

        if (!IsAllDigits(digits))
        {
            return ParseResult<string>.Failure(notDigits);
        }

        if (!lengths.Contains(digits.Length))
        {
            return ParseResult<string>.Failure(wrongLength(digits.Length));
        }

        return wrongCheckDigit is not null && !CheckDigit.IsValid(digits)
            ? ParseResult<string>.Failure(wrongCheckDigit)
            : ParseResult<string>.Success(digits);
    }

    private static bool IsAllDigits(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    // ー is what the minus key types while the IME is in kana mode.
    private static bool IsHyphen(char c) =>
        c is '-' or 'ー' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212';
}
