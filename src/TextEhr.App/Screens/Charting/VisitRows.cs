using TextEhr.Domain.Clinical;
using TextEhr.Tui.Views;

namespace TextEhr.App.Screens.Charting;

/// <summary>The past visits as the left list's rows; typing narrows them to rows containing the text.</summary>
public sealed class VisitRows(IReadOnlyList<ChartEntryVersion> visits) : IFilterableListSource
{
    private readonly string[] _rows = [.. visits.Select(ChartText.VisitRow)];

    public IReadOnlyList<ChartEntryVersion> Visits => visits;

    public int Count => visits.Count;

    public string GetRow(int index) => _rows[index];

    public ChartEntryVersion? At(int index) => index >= 0 && index < visits.Count ? visits[index] : null;

    public IListSource Filter(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new VisitRows([.. visits.Where((_, i) => _rows[i].Contains(text.Trim(), StringComparison.OrdinalIgnoreCase))]);
    }
}
