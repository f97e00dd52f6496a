namespace TextEhr.Domain.Dates;

/// <summary>
/// One 元号 with the letters and kanji clinics type, and the days it covers. The application keeps its
/// own table because .NET knows no M/T/S/H/R letters and, under the invariant culture that Linux CI
/// runs with, no Japanese calendar at all.
/// </summary>
/// <param name="ReceiptCode">レセ電 元号区分: 1 明治 … 5 令和.</param>
/// <param name="Letter">The letter typed and printed in short dates: M, T, S, H, R.</param>
/// <param name="Name">明治, 大正, 昭和, 平成, 令和.</param>
/// <param name="Abbreviation">The one kanji of 別紙様式11 and of .NET's abbreviated era names: 明 大 昭 平 令.</param>
/// <param name="FirstDay">The first Gregorian day of 元年.</param>
/// <param name="LastDay">The last day of the era, or null for the current one.</param>
public sealed record JapaneseEra(
    int ReceiptCode,
    char Letter,
    string Name,
    string Abbreviation,
    DateOnly FirstDay,
    DateOnly? LastDay)
{
    // 明治 was applied back to 慶応4年1月1日, which is 1868-01-25 in the Gregorian calendar; .NET's
    // JapaneseCalendar starts at 1868-09-08 instead. Month and day before 明治6年 were lunisolar, so for
    // those years only the era year is historically right; no living patient is affected.
    public static readonly JapaneseEra Meiji = new(1, 'M', "明治", "明", new DateOnly(1868, 1, 25), new DateOnly(1912, 7, 29));

    public static readonly JapaneseEra Taisho = new(2, 'T', "大正", "大", new DateOnly(1912, 7, 30), new DateOnly(1926, 12, 24));

    public static readonly JapaneseEra Showa = new(3, 'S', "昭和", "昭", new DateOnly(1926, 12, 25), new DateOnly(1989, 1, 7));

    public static readonly JapaneseEra Heisei = new(4, 'H', "平成", "平", new DateOnly(1989, 1, 8), new DateOnly(2019, 4, 30));

    public static readonly JapaneseEra Reiwa = new(5, 'R', "令和", "令", new DateOnly(2019, 5, 1), null);

    /// <summary>Oldest first.</summary>
    public static IReadOnlyList<JapaneseEra> All { get; } = [Meiji, Taisho, Showa, Heisei, Reiwa];

    /// <summary>The era year of the last day (45, 15, 64, 31), or null for the current era.</summary>
    public int? LastYear => LastDay is { } last ? YearOf(last) : null;

    /// <summary>The era that <paramref name="date"/> falls in, or null before 明治.</summary>
    public static JapaneseEra? ForDate(DateOnly date)
    {
        for (var i = All.Count - 1; i >= 0; i--)
        {
            if (date >= All[i].FirstDay)
            {
                return All[i];
            }
        }

        return null;
    }

    /// <summary>Finds an era by its letter (any case), its name or its one-kanji abbreviation.</summary>
    public static JapaneseEra? Find(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        foreach (var era in All)
        {
            if (string.Equals(token, era.Name, StringComparison.Ordinal)
                || string.Equals(token, era.Abbreviation, StringComparison.Ordinal)
                || (token.Length == 1 && char.ToUpperInvariant(token[0]) == era.Letter))
            {
                return era;
            }
        }

        return null;
    }

    public bool Contains(DateOnly date) => date >= FirstDay && (LastDay is null || date <= LastDay);

    /// <summary>The era year (1 = 元年) of a Gregorian year, counted from this era's first year.</summary>
    public int YearOf(DateOnly date) => date.Year - FirstDay.Year + 1;

    /// <summary>The Gregorian year of an era year.</summary>
    public int GregorianYear(int eraYear) => FirstDay.Year + eraYear - 1;
}
