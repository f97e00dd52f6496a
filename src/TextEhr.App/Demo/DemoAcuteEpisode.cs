using System.Globalization;
using TextEhr.Domain.Clinical;
using TextEhr.Domain.Dates;

namespace TextEhr.App.Demo;

/// <summary>
/// One acute illness: a first visit with fever, findings and a prescription, sometimes a second visit a
/// few days later; the 傷病名 ends 治癒, a 疑い病名 ends 中止.
/// </summary>
internal static class DemoAcuteEpisode
{
    /// <summary>
    /// Writes an episode starting on the first free open day on or after <paramref name="date"/>; nothing
    /// when that day is after <paramref name="today"/>.
    /// </summary>
    public static void Write(DemoDice dice, DemoPatientSketch sketch, DateOnly date, DateOnly today, DemoHistory history)
    {
        date = history.FreeDayOnOrAfter(date);
        if (date > today)
        {
            return;
        }

        var age = Age.FullYears(sketch.Birth, date);
        var condition = Choose(dice, sketch, age, date);
        var at = DemoClinicCalendar.VisitTime(dice, date);
        var vitals = Vitals(dice, condition, age);
        var suspected = condition.Suspected is { } s && dice.Chance(0.5) ? s : ((string Name, string Icd10)?)null;
        var assessment = condition.ProblemName + "。" + (suspected is { } sus ? $"{sus.Name}の疑いあり、経過をみる。" : string.Empty);
        history.Add(new DemoVisit(date, at, new ChartEntryContent
        {
            Subjective = dice.Pick(condition.Subjective),
            Objective = Objective(vitals) + dice.Pick(condition.Objective),
            Assessment = assessment,
            Plan = dice.Pick(condition.Plan),
            Vitals = vitals,
            Prescription = DemoPrescriptionBuilder.Acute(
                age < 12 ? condition.ChildPrescription ?? condition.Prescription : condition.Prescription, sketch.AllergyClasses),
        }));

        var last = date;
        var followUp = history.FreeDayOnOrAfter(date.AddDays(dice.Between(3, 7)));
        if (dice.Chance(condition.FollowUpChance) && followUp <= today)
        {
            history.Add(new DemoVisit(followUp, DemoClinicCalendar.VisitTime(dice, followUp), new ChartEntryContent
            {
                Subjective = dice.Pick(DemoPhrases.FollowUpSubjective),
                Objective = dice.Pick(DemoPhrases.FollowUpObjective),
                Assessment = $"{condition.ProblemName} 改善。",
                Plan = "治癒。終診とする。",
            }));
            last = followUp;
        }

        var closed = last.AddDays(7) <= today ? last.AddDays(7) : (DateOnly?)null;
        history.Problems.Add(Problem(condition.ProblemName, condition.Icd10, false, date, at, closed, ProblemOutcome.Cured));
        if (suspected is { } doubt)
        {
            history.Problems.Add(Problem(doubt.Name, doubt.Icd10, true, date, at, closed is null ? null : last, ProblemOutcome.Stopped));
        }
    }

    private static DemoAcuteCondition Choose(DemoDice dice, DemoPatientSketch sketch, int age, DateOnly date)
    {
        while (true)
        {
            var condition = DemoAcuteConditions.All[dice.Weighted(DemoAcuteConditions.Weights)];
            var inSeason = condition.Months.Count == 0 || condition.Months.Contains(date.Month);
            if (inSeason && condition.Eligible(age, sketch.Sex))
            {
                return condition;
            }
        }
    }

    /// <summary>Temperature, pulse and SpO2 for everyone; blood pressure from 15 (children are not cuffed for a cold).</summary>
    private static Vitals Vitals(DemoDice dice, DemoAcuteCondition condition, int age)
    {
        var child = age < 15;
        return new Vitals
        {
            TemperatureCelsius = DemoBody.Round(condition.Temperature is { } mean ? dice.Normal(mean, 0.5) : dice.Normal(36.5, 0.2), 1),
            Pulse = (int)Math.Round(dice.Normal((condition.Temperature >= 38 ? 96 : 78) + (child ? 20 : 0), 9)),
            Systolic = child ? null : (int)Math.Round(dice.Normal(122, 14)),
            Diastolic = child ? null : (int)Math.Round(dice.Normal(74, 9)),
            SpO2 = Math.Min(99, (int)Math.Round(dice.Normal(97.5, 1))),
        };
    }

    private static string Objective(Vitals vitals)
    {
        var pressure = vitals.Systolic is null ? string.Empty : $"血圧 {vitals.Systolic}/{vitals.Diastolic} mmHg、";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"体温 {vitals.TemperatureCelsius}℃、脈拍 {vitals.Pulse}/分、{pressure}SpO2 {vitals.SpO2}%。");
    }

    private static Problem Problem(string name, string icd10, bool suspected, DateOnly onset, DateTimeOffset at, DateOnly? closed, ProblemOutcome outcome) => new()
    {
        Name = name,
        Icd10 = icd10,
        IsSuspected = suspected,
        OnsetDate = onset,
        Outcome = closed is null ? ProblemOutcome.Continuing : outcome,
        OutcomeDate = closed,
        RecordedAt = at,
    };
}
