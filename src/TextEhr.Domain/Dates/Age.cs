namespace TextEhr.Domain.Dates;

/// <summary>満年齢 as shown in clinics.</summary>
/// <remarks>
/// Legally (年齢計算ニ関スル法律) one reaches an age at the end of the day before the birthday, which is
/// what 負担割合 rules use (see <c>CopayRateCalculator</c>). The age displayed at the desk counts on the
/// birthday itself, so that is what this type computes. Someone born on 2月29日 turns a year older on
/// 3月1日 in common years: the month has no 29th, so the anniversary rolls to the next day. Months for
/// babies follow the same rule (born 1月31日: one month old on 3月1日).
/// </remarks>
public static class Age
{
    /// <summary>Completed years on <paramref name="on"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="on"/> is before the birth.</exception>
    public static int FullYears(DateOnly birth, DateOnly on) => FullMonths(birth, on) / 12;

    /// <summary>Completed months on <paramref name="on"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="on"/> is before the birth.</exception>
    public static int FullMonths(DateOnly birth, DateOnly on)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(on, birth);
        var months = ((on.Year - birth.Year) * 12) + on.Month - birth.Month;
        return on.Day < birth.Day ? months - 1 : months;
    }

    /// <summary><c>49歳</c>; under one year <c>3か月</c>; under one month the days, <c>12日</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="on"/> is before the birth.</exception>
    public static string Describe(DateOnly birth, DateOnly on)
    {
        var months = FullMonths(birth, on);
        if (months >= 12)
        {
            return DateMessages.AgeInYears(months / 12);
        }

        return months >= 1
            ? DateMessages.AgeInMonths(months)
            : DateMessages.AgeInDays(on.DayNumber - birth.DayNumber);
    }
}
