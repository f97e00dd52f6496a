namespace TextEhr.App.Bench;

/// <summary>What the cases measured, in the order they measured it.</summary>
public sealed class BenchReport
{
    private readonly List<BenchRow> _rows = [];
    private readonly List<BenchFact> _facts = [];
    private readonly List<string> _notes = [];
    private readonly List<BenchTarget> _targets = [];

    public IReadOnlyList<BenchRow> Rows => _rows;

    public IReadOnlyList<BenchFact> Facts => _facts;

    /// <summary>Remarks printed under the table (a skipped baseline, say).</summary>
    public IReadOnlyList<string> Notes => _notes;

    /// <summary>Pass-or-fail checks besides the search budget; any miss makes the bench exit 1.</summary>
    public IReadOnlyList<BenchTarget> Targets => _targets;

    /// <summary>True when every target added so far was met (also when there is none).</summary>
    public bool TargetsMet => _targets.TrueForAll(static target => target.Met);

    public void Add(string key, string label, IEnumerable<double> milliseconds, bool isSearchTarget = false) =>
        _rows.Add(new BenchRow(key, label, LatencyStats.From(milliseconds), isSearchTarget));

    public void AddFact(string key, string label, double value, string unit) => _facts.Add(new BenchFact(key, label, value, unit));

    public void AddNote(string note) => _notes.Add(note);

    public void AddTarget(string key, string label, bool met, string detail) => _targets.Add(new BenchTarget(key, label, met, detail));

    /// <summary>True when every search row's p99 is under <paramref name="budgetMs"/> (false when there is none).</summary>
    public bool SearchMeets(double budgetMs) =>
        _rows.Exists(row => row.IsSearchTarget) && _rows.TrueForAll(row => !row.IsSearchTarget || row.Stats.P99 < budgetMs);
}
