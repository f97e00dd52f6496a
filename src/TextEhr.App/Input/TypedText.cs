using System.Text;

namespace TextEhr.App.Input;

/// <summary>
/// What typed text looks like before parsing: NFKC folds full-width digits and letters (what the IME
/// gives) to ASCII; the IME's ー and 。 stand for - and . in numbers.
/// </summary>
public static class TypedText
{
    /// <summary>NFKC and trimmed.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Normalize(NormalizationForm.FormKC).Trim();
    }

    /// <summary>NFKC with spaces and hyphen-like marks removed: for numbers copied from cards.</summary>
    public static string Compact(string text)
    {
        var folded = Fold(text);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c) && !IsHyphen(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public static bool IsHyphen(char c) =>
        c is '-' or 'ー' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFF70';

    public static bool IsAllAsciiDigits(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Splits on ':' and the full-width '：' the IME types.</summary>
    public static string[] SplitFields(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Split([':', '：'], StringSplitOptions.TrimEntries);
    }
}
