using System.Text;
using System.Text.RegularExpressions;
using TextEhr.Domain.Dates;
using TextEhr.Domain.Text;

namespace TextEhr.Domain.Patients;

/// <summary>
/// A 患者検索 query, classified by what it looks like (notes/DB.md §7): digits, カナ, a date in 和暦 or
/// 西暦 (whole or partial), a phone number, or a name. Pure: the store turns it into SQL.
/// </summary>
public sealed partial record PatientSearchTerm
{
    private const int RegexTimeoutMilliseconds = 100;

    private PatientSearchTerm(PatientSearchKind kind, string key, DateOnly? birthFrom = null, DateOnly? birthTo = null)
    {
        Kind = kind;
        Key = key;
        BirthFrom = birthFrom;
        BirthTo = birthTo;
    }

    public PatientSearchKind Kind { get; }

    /// <summary>The normalised text: digits, a カナ key or a name key (KanaNormalizer); empty for dates.</summary>
    public string Key { get; }

    /// <summary>First day of the birth range, when the query names one (always for <see cref="PatientSearchKind.BirthDate"/>).</summary>
    public DateOnly? BirthFrom { get; }

    /// <summary>Last day of the birth range, inclusive.</summary>
    public DateOnly? BirthTo { get; }

    public static PatientSearchTerm Classify(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new PatientSearchTerm(PatientSearchKind.Empty, string.Empty);
        }

        var normalized = text.Normalize(NormalizationForm.FormKC).Trim();
        if (IsAsciiDigits(normalized))
        {
            var range = BirthRangeReader.FromDigits(normalized);
            return new PatientSearchTerm(PatientSearchKind.Digits, normalized, range?.From, range?.To);
        }

        if (BareEra(normalized) is { } era)
        {
            return new PatientSearchTerm(PatientSearchKind.BirthDate, string.Empty, era.FirstDay, era.LastDay ?? DateOnly.MaxValue);
        }

        if (BirthRangeReader.FromText(normalized) is { } birth)
        {
            return new PatientSearchTerm(PatientSearchKind.BirthDate, string.Empty, birth.From, birth.To);
        }

        if (PhonePattern().IsMatch(normalized))
        {
            return new PatientSearchTerm(PatientSearchKind.Phone, KanaNormalizer.DigitsOnly(normalized));
        }

        var (kind, key) = KanaNormalizer.IsKana(normalized)
            ? (PatientSearchKind.Kana, KanaNormalizer.NormalizeKana(normalized))
            : (PatientSearchKind.Name, KanaNormalizer.NormalizeName(normalized));

        // "・" alone normalises to nothing; an empty key would match every patient.
        return new PatientSearchTerm(key.Length == 0 ? PatientSearchKind.Empty : kind, key);
    }

    /// <summary>
    /// An era letter alone (<c>S</c>, <c>h</c>) is the first keystroke of <c>S50.3.1</c>, and a whole era name
    /// (<c>昭和</c>) the first word of <c>昭和50年</c>: both mean everyone born in that era. The one-kanji
    /// abbreviations (明, 大, 昭, 平, 令) stay name searches: they begin 大野 and 平田, and 明 and 昭 are whole
    /// given names.
    /// </summary>
    private static JapaneseEra? BareEra(string text) =>
        (text.Length == 1 && char.IsAsciiLetter(text[0])) || text.Length == 2 ? JapaneseEra.Find(text) : null;

    private static bool IsAsciiDigits(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return text.Length > 0;
    }

    // Digits in groups split by hyphens (as typed with the IME: ー, −) or brackets: 03-1234-5678, (03)1234-5678.
    [GeneratedRegex(@"^[0-9(][0-9()\-‐‑‒–—―−ー ]*[0-9]$", RegexOptions.CultureInvariant, RegexTimeoutMilliseconds)]
    private static partial Regex PhonePattern();
}
