namespace TextEhr.App.Demo;

/// <summary>
/// Decides what kind of patient someone is and writes their years at the clinic. About one patient in
/// five is a regular with chronic conditions, seen every four to eight weeks for up to ten years (most
/// of the entries); the others come with acute illnesses, a few times or once.
/// </summary>
internal static class DemoHistoryFactory
{
    private const int YearsOfRecords = 10;

    public static DemoHistory Draw(DemoDice dice, DemoPatientSketch sketch, DateOnly today)
    {
        var history = new DemoHistory();
        var opened = today.AddYears(-YearsOfRecords);
        var earliest = Later(opened, sketch.Birth.AddMonths(6));
        if (earliest > today)
        {
            earliest = today;
        }

        if (dice.Chance(RegularShare(sketch.Age)) && TryWriteRegular(dice, sketch, Later(earliest, sketch.Birth.AddYears(35)), today, history))
        {
            return Sorted(history);
        }

        var episodes = dice.Chance(0.4) ? dice.Between(2, 8) : 1;
        for (var i = 0; i < episodes; i++)
        {
            DemoAcuteEpisode.Write(dice, sketch, Between(dice, earliest, today), today, history);
        }

        if (history.Visits.Count == 0)
        {
            // The only day drawn fell after today (a Sunday today, say): the patient came on the last open day.
            DemoAcuteEpisode.Write(dice, sketch, LastOpenDay(today), today, history);
        }

        return Sorted(history);
    }

    private static double RegularShare(int age) => age switch
    {
        >= 65 => 0.31,
        >= 50 => 0.19,
        >= 35 => 0.08,
        _ => 0.01,
    };

    private static bool TryWriteRegular(DemoDice dice, DemoPatientSketch sketch, DateOnly careFrom, DateOnly today, DemoHistory history)
    {
        var latestStart = today.AddDays(-30);
        if (careFrom > latestStart)
        {
            return false;
        }

        // Many regulars were already coming when the records start; the rest joined over the years.
        var start = dice.Chance(0.45) ? careFrom.AddDays(dice.Between(0, 60)) : Between(dice, careFrom, latestStart);
        var stillComing = dice.Chance(0.85) || start.AddDays(180) > today;
        var end = stillComing ? today : Between(dice, start.AddDays(180), today);
        new DemoChronicCourse(dice, sketch).Write(start, end, stillComing, newToTreatment: start > careFrom.AddDays(60), history);

        var years = (end.DayNumber - start.DayNumber) / 365.0;
        var colds = (int)Math.Round(years * 0.3 * dice.Unit() * 2);
        for (var i = 0; i < colds; i++)
        {
            DemoAcuteEpisode.Write(dice, sketch, Between(dice, start, end), today, history);
        }

        return true;
    }

    private static DemoHistory Sorted(DemoHistory history)
    {
        history.Visits.Sort((a, b) => a.At.CompareTo(b.At));
        return history;
    }

    private static DateOnly LastOpenDay(DateOnly today)
    {
        var day = today;
        while (DemoClinicCalendar.OpenOnOrAfter(day) != day)
        {
            day = day.AddDays(-1);
        }

        return day;
    }

    private static DateOnly Between(DemoDice dice, DateOnly from, DateOnly to) =>
        to <= from ? from : DateOnly.FromDayNumber(dice.Between(from.DayNumber, to.DayNumber));

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
