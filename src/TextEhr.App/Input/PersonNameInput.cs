using System.Text;
using TextEhr.Domain.Patients;
using TextEhr.Domain.Validation;

namespace TextEhr.App.Input;

/// <summary>
/// 氏名 and フリガナ as typed on one line: 姓 and 名 split at the first space, half- or full-width
/// (<c>山田 太郎</c>, <c>山田　太郎</c>). Kanji names are kept exactly as typed (no normalisation: it
/// could change a rare character); kana become full-width katakana.
/// </summary>
public static class PersonNameInput
{
    public const string NameExample = "\"山田 太郎\"";

    public const string KanaExample = "\"ヤマダ タロウ\"";

    public static ParseResult<PersonName> ParseName(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return ParseResult<PersonName>.Failure(InputMessages.Required(NameExample));
        }

        return Split(trimmed) is { } name
            ? ParseResult<PersonName>.Success(name)
            : ParseResult<PersonName>.Failure(InputMessages.NameNeedsSpace(NameExample));
    }

    public static ParseResult<PersonName> ParseKana(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = ToKatakana(text.Normalize(NormalizationForm.FormKC).Trim());
        if (folded.Length == 0)
        {
            return ParseResult<PersonName>.Failure(InputMessages.Required(KanaExample));
        }

        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c) && c is not (>= '\u30A1' and <= '\u30FC'))
            {
                return ParseResult<PersonName>.Failure(InputMessages.KanaOnly(text.Trim()));
            }
        }

        return Split(folded) is { } name
            ? ParseResult<PersonName>.Success(name)
            : ParseResult<PersonName>.Failure(InputMessages.NameNeedsSpace(KanaExample));
    }

    private static PersonName? Split(string text)
    {
        var space = text.AsSpan().IndexOfAny(' ', '\u3000');
        if (space <= 0)
        {
            return null;
        }

        var family = text[..space].Trim();
        var given = text[(space + 1)..].Trim();
        return given.Length == 0 ? null : new PersonName(family, given);
    }

    // ぁ–ゖ and ゝゞ sit 0x60 below their katakana.
    private static string ToKatakana(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c is (>= '\u3041' and <= '\u3096') or '\u309D' or '\u309E' ? (char)(c + 0x60) : c);
        }

        return builder.ToString();
    }
}
