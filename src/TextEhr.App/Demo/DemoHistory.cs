using TextEhr.Domain.Clinical;
using TextEhr.Domain.Labs;

namespace TextEhr.App.Demo;

/// <summary>The clinical rows of one patient as they are generated.</summary>
internal sealed class DemoHistory
{
    public List<DemoVisit> Visits { get; } = [];

    public List<Problem> Problems { get; } = [];

    public List<LabResult> LabResults { get; } = [];

    /// <summary>Days that already have an entry: one visit a day per patient keeps the chart readable.</summary>
    public HashSet<DateOnly> VisitDays { get; } = [];

    /// <summary>The first open day on or after <paramref name="date"/> without a visit yet.</summary>
    public DateOnly FreeDayOnOrAfter(DateOnly date)
    {
        date = DemoClinicCalendar.OpenOnOrAfter(date);
        while (VisitDays.Contains(date))
        {
            date = DemoClinicCalendar.OpenOnOrAfter(date.AddDays(1));
        }

        return date;
    }

    public void Add(DemoVisit visit)
    {
        Visits.Add(visit);
        VisitDays.Add(visit.Date);
    }
}
