using System.Globalization;
using System.Text;
using TextEhr.Domain.Clinical;
using TextEhr.Domain.Labs;

namespace TextEhr.App.Demo;

/// <summary>
/// Years of follow-up for one regular: a visit every four to eight weeks with BP and weight, labs every
/// few visits, Do処方 with the odd step-up, and 傷病名 that end as 死亡 or 転医 if the patient stops coming.
/// </summary>
internal sealed class DemoChronicCourse
{
    private const int FullPanelEvery = 6;

    private static readonly int[] Intervals = [28, 35, 42, 56];
    private static readonly double[] IntervalWeights = [0.35, 0.15, 0.2, 0.3];

    private readonly DemoDice _dice;
    private readonly DemoTreatment _treatment;
    private readonly DemoBody _body;
    private readonly int _interval;
    private readonly bool _diabetic;

    public DemoChronicCourse(DemoDice dice, DemoPatientSketch sketch)
    {
        _dice = dice;
        _treatment = DemoTreatment.Draw(dice, sketch.Age, sketch.Sex);
        _body = new DemoBody(dice, _treatment, sketch.Sex, sketch.Birth);
        _interval = Intervals[dice.Weighted(IntervalWeights)];
        _diabetic = _treatment.Has(DemoChronicConditions.Diabetes);
    }

    /// <summary>
    /// Writes the visits from <paramref name="start"/> to <paramref name="end"/> into <paramref name="history"/>;
    /// <paramref name="newToTreatment"/> when the first visit starts the drugs (not a patient already
    /// on them when the records begin).
    /// </summary>
    public void Write(DateOnly start, DateOnly end, bool stillComing, bool newToTreatment, DemoHistory history)
    {
        var date = DemoClinicCalendar.OpenOnOrAfter(start);
        var visitNumber = 0;
        string? labSummary = null;
        var lastHeightYear = 0;
        var lastDate = date;
        while (date <= end)
        {
            var next = DemoClinicCalendar.OpenOnOrAfter(date.AddDays(_interval + _dice.Between(-3, 3) + (_dice.Chance(0.03) ? 28 : 0)));
            var at = DemoClinicCalendar.VisitTime(_dice, date);
            var change = visitNumber >= 3 ? _treatment.MaybeStepUp(_dice) : null;
            var vitals = _body.Measure(_dice, _treatment, withHeight: date.Year != lastHeightYear && date.Month >= 4);
            if (vitals.HeightCm is not null)
            {
                lastHeightYear = date.Year;
            }

            // A full panel about twice a year; diabetics also give HbA1c every third visit or so.
            var panel = visitNumber % FullPanelEvery == 1 ? DemoLabScope.Full
                : _diabetic && visitNumber % 3 == 1 ? DemoLabScope.Glycaemic
                : DemoLabScope.None;
            var labsToday = panel != DemoLabScope.None;
            history.Add(new DemoVisit(date, at, new ChartEntryContent
            {
                Subjective = Subjective(),
                Objective = Objective(vitals, labSummary),
                Assessment = Assessment(vitals),
                Plan = Plan(change, visitNumber == 0 && newToTreatment, labsToday),
                Vitals = vitals,
                Prescription = DemoPrescriptionBuilder.Regular(_treatment.Drugs, _interval),
            }));
            labSummary = null;
            if (labsToday)
            {
                IReadOnlyList<LabResult> labs = DemoLabPanel.Draw(_dice, _body, _treatment, panel, date, at);
                history.LabResults.AddRange(labs);
                labSummary = DemoLabPanel.Summary(labs);
            }

            lastDate = date;
            visitNumber++;
            date = next;
        }

        AddProblems(start, lastDate, end, stillComing, history);
    }

    /// <summary>The 傷病名; for a patient who stopped coming they end between the last visit and <paramref name="end"/>.</summary>
    private void AddProblems(DateOnly start, DateOnly lastDate, DateOnly end, bool stillComing, DemoHistory history)
    {
        var outcome = ProblemOutcome.Continuing;
        DateOnly? outcomeDate = null;
        if (!stillComing)
        {
            outcome = _body.Birth.AddYears(82) < lastDate && _dice.Chance(0.5) ? ProblemOutcome.Died : ProblemOutcome.Transferred;
            outcomeDate = end > lastDate ? DateOnly.FromDayNumber(_dice.Between(lastDate.DayNumber + 1, end.DayNumber)) : lastDate;
        }

        var primary = true;
        foreach (var condition in _treatment.Conditions)
        {
            history.Problems.Add(new Problem
            {
                Name = condition.ProblemName,
                Icd10 = condition.Icd10,
                IsPrimary = primary,
                OnsetDate = start,
                Outcome = outcome,
                OutcomeDate = outcomeDate,
                RecordedAt = DemoClinicCalendar.VisitTime(_dice, DemoClinicCalendar.OpenOnOrAfter(start)),
            });
            primary = false;
        }
    }

    private string Subjective()
    {
        var text = _dice.Pick(DemoPhrases.RoutineSubjective);
        if (_dice.Chance(0.5))
        {
            text += _dice.Pick(_dice.Pick(_treatment.Conditions).Subjective);
        }

        return text;
    }

    private string Objective(Vitals vitals, string? labSummary)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"血圧 {vitals.Systolic}/{vitals.Diastolic} mmHg、脈拍 {vitals.Pulse}/分 整。");
        if (vitals.WeightKg is { } weight)
        {
            text.Append(CultureInfo.InvariantCulture, $"体重 {weight} kg。");
        }

        text.Append(_dice.Pick(DemoPhrases.RoutineObjective));
        if (labSummary is not null)
        {
            text.Append('\n').Append(labSummary);
        }

        return text.ToString();
    }

    private string Assessment(Vitals vitals)
    {
        var lines = _treatment.Conditions.Select((condition, i) =>
        {
            var remark = condition == DemoChronicConditions.Hypertension && vitals.Systolic >= 145
                ? "血圧やや高値、家庭血圧を確認。"
                : _dice.Pick(condition.Assessment);
            return string.Create(CultureInfo.InvariantCulture, $"#{i + 1} {condition.ProblemName}: {remark}");
        });
        return string.Join('\n', lines);
    }

    private string Plan(string? change, bool first, bool labsToday)
    {
        var text = new StringBuilder();
        text.Append(first ? "内服開始。" : change ?? "Do処方。");
        text.Append(CultureInfo.InvariantCulture, $"{_interval}日分。次回{_interval / 7}週後。");
        if (labsToday)
        {
            text.Append("本日採血。");
        }

        if (_dice.Chance(0.3))
        {
            text.Append(_dice.Pick(_dice.Pick(_treatment.Conditions).Plan));
        }

        return text.ToString();
    }
}
