namespace TextEhr.App.Demo;

/// <summary>
/// When the demo clinic is open: Monday to Saturday (Saturday mornings only), closed over the New Year
/// (12月29日〜1月3日). Visits are written in JST.
/// </summary>
internal static class DemoClinicCalendar
{
    public static readonly TimeSpan Jst = TimeSpan.FromHours(9);

    /// <summary>The first day on or after <paramref name="date"/> the clinic sees patients.</summary>
    public static DateOnly OpenOnOrAfter(DateOnly date)
    {
        while (date.DayOfWeek == DayOfWeek.Sunday || IsNewYearHoliday(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    /// <summary>A moment in the morning (9:00–12:30) or afternoon (15:00–18:30) session.</summary>
    public static DateTimeOffset VisitTime(DemoDice dice, DateOnly date)
    {
        var morning = date.DayOfWeek == DayOfWeek.Saturday || dice.Chance(0.6);
        var minutes = (morning ? 9 * 60 : 15 * 60) + dice.Between(0, 210);
        return new DateTimeOffset(date.ToDateTime(new TimeOnly(minutes / 60, minutes % 60, dice.Between(0, 59))), Jst);
    }

    private static bool IsNewYearHoliday(DateOnly date) =>
        (date.Month == 12 && date.Day >= 29) || (date.Month == 1 && date.Day <= 3);
}
