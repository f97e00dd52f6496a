using System.Globalization;

namespace TextEhr.Domain.Dates;

/// <summary>
/// Shows stored dates as clinics read them. Uses <see cref="JapaneseEra"/>, never the current culture,
/// so the output is the same on a ja-JP desktop and on an invariant-culture CI machine.
/// </summary>
public static class JapaneseDateFormatter
{
    /// <summary><c>昭和50年3月1日</c>; the first year is written <c>元年</c> (<c>令和元年5月1日</c>).</summary>
    /// <remarks>A date before 明治 has no 和暦 here and is shown as <see cref="FormatIso"/>.</remarks>
    public static string FormatWareki(DateOnly date)
    {
        if (JapaneseEra.ForDate(date) is not { } era)
        {
            return FormatIso(date);
        }

        var year = era.YearOf(date);
        var yearText = year == 1 ? "元" : year.ToString(CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"{era.Name}{yearText}年{date.Month}月{date.Day}日");
    }

    /// <summary><c>S50.3.1</c>; the first year is <c>1</c> (<c>R1.5.1</c>), the form typed at the keyboard.</summary>
    /// <remarks>A date before 明治 is shown as <see cref="FormatIso"/>.</remarks>
    public static string FormatShort(DateOnly date)
    {
        if (JapaneseEra.ForDate(date) is not { } era)
        {
            return FormatIso(date);
        }

        return string.Create(CultureInfo.InvariantCulture, $"{era.Letter}{era.YearOf(date)}.{date.Month}.{date.Day}");
    }

    /// <summary><c>S50.3.1 (1975-03-01)</c>.</summary>
    public static string FormatWithWestern(DateOnly date) =>
        JapaneseEra.ForDate(date) is null ? FormatIso(date) : $"{FormatShort(date)} ({FormatIso(date)})";

    /// <summary><c>1975-03-01</c>, the stored form.</summary>
    public static string FormatIso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
