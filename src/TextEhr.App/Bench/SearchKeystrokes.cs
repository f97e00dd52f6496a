using System.Globalization;
using System.Text;
using TextEhr.Domain.Dates;
using TextEhr.Domain.Patients;
using TextEhr.Domain.Text;

namespace TextEhr.App.Bench;

/// <summary>
/// What the search box holds after each keystroke when a user types a patient's カナ, 漢字 name,
/// 患者番号, 生年月日 or phone: every prefix, one character (one rune, so 𠮷 is one keystroke) longer
/// than the last.
/// </summary>
public static class SearchKeystrokes
{
    /// <summary><c>ヤ, ヤマ, ヤマダ, ヤマダタ …</c>: 姓 then 名, without the space.</summary>
    public static IEnumerable<string> Kana(Patient patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        return Prefixes(patient.KanaName.Family + patient.KanaName.Given);
    }

    /// <summary>
    /// The prefixes of 姓名 and of 名 alone (a substring), leaving out those that are all kana (a name like
    /// トミ goes to the カナ search instead).
    /// </summary>
    public static IEnumerable<string> Kanji(Patient patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        return Prefixes(patient.Name.Family + patient.Name.Given)
            .Concat(Prefixes(patient.Name.Given))
            .Where(text => !KanaNormalizer.IsKana(text));
    }

    public static IEnumerable<string> ChartNumber(Patient patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        return Prefixes(patient.ChartNumber);
    }

    /// <summary><c>S, S5, S50, S50., S50.3, S50.3., S50.3.1</c>.</summary>
    public static IEnumerable<string> BirthWareki(Patient patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        return Prefixes(JapaneseDateFormatter.FormatShort(patient.BirthDate));
    }

    /// <summary><c>1, 19, 197 … 19750301</c>.</summary>
    public static IEnumerable<string> BirthWestern(Patient patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        return Prefixes(patient.BirthDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
    }

    /// <summary>The digits of the phone number, without hyphens.</summary>
    public static IEnumerable<string> Phone(Patient patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        return Prefixes(KanaNormalizer.DigitsOnly(patient.Phone));
    }

    /// <summary>Every non-empty prefix, growing one rune at a time.</summary>
    public static IEnumerable<string> Prefixes(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            builder.Append(rune.ToString());
            yield return builder.ToString();
        }
    }
}
