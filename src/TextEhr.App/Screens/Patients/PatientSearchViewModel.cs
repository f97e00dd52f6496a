using TextEhr.Domain.Patients;
using TextEhr.Domain.Stores;

namespace TextEhr.App.Screens.Patients;

/// <summary>
/// 患者検索: the text in the box, the patients it matches (the store classifies the text as カナ, 漢字,
/// 患者番号, 生年月日 or phone) and the chosen row. The search runs on every change: it takes about a
/// millisecond on 100,000 patients, so it stays on the UI thread.
/// </summary>
public sealed class PatientSearchViewModel
{
    /// <summary>Rows fetched per search: more than a screenful, few enough to scroll through.</summary>
    public const int Limit = 100;

    private readonly IPatientStore _patients;

    public PatientSearchViewModel(IPatientStore patients)
    {
        ArgumentNullException.ThrowIfNull(patients);
        _patients = patients;
    }

    public string Query { get; private set; } = string.Empty;

    public IReadOnlyList<PatientSummary> Results { get; private set; } = [];

    /// <summary>True when the store had more than <see cref="Limit"/> matches.</summary>
    public bool HasMore { get; private set; }

    public int SelectedIndex { get; set; }

    public PatientSummary? Selected =>
        SelectedIndex >= 0 && SelectedIndex < Results.Count ? Results[SelectedIndex] : null;

    /// <summary>The bar's count: <c>12件</c>, <c>100件以上</c>, empty while the box is.</summary>
    public string CountText => Query.Trim().Length == 0 ? string.Empty : PatientScreenMessages.MatchCount(Results.Count, HasMore);

    /// <summary>Runs the search for <paramref name="text"/>; the first row is chosen.</summary>
    public void Search(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Query = text;
        Load();
        SelectedIndex = 0;
    }

    /// <summary>Runs the same search again (a chart or an edit may have changed the rows), keeping the chosen patient.</summary>
    public void Refresh()
    {
        var chosen = Selected?.Id;
        Load();
        var index = chosen is { } id ? IndexOf(id) : -1;
        SelectedIndex = index >= 0 ? index : Math.Clamp(SelectedIndex, 0, Math.Max(Results.Count - 1, 0));
    }

    /// <summary>The patient Enter opens, or null with the reason for the status line.</summary>
    public (long? PatientId, string? Problem) ToOpen()
    {
        if (Selected is { } patient)
        {
            return (patient.Id, null);
        }

        return (null, Query.Trim().Length == 0 ? PatientScreenMessages.NothingSelected : PatientScreenMessages.NoMatch);
    }

    private void Load()
    {
        if (Query.Trim().Length == 0)
        {
            Results = [];
            HasMore = false;
            return;
        }

        // One more than shown tells "100件以上" from exactly 100 without counting.
        var found = _patients.Search(Query, Limit + 1);
        HasMore = found.Count > Limit;
        Results = HasMore ? [.. found.Take(Limit)] : found;
    }

    private int IndexOf(long id)
    {
        for (var i = 0; i < Results.Count; i++)
        {
            if (Results[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }
}
