namespace TextEhr.App.Bench;

/// <summary>One measured operation: a stable key for machines, a label for people, and its latencies.</summary>
/// <param name="Key">Stable, ASCII, dotted (<c>search.kana</c>): what scripts compare across runs.</param>
/// <param name="Label">Japanese description for the table.</param>
/// <param name="Stats">The latencies.</param>
/// <param name="IsSearchTarget">True for the per-keystroke searches the 16 ms target applies to.</param>
public sealed record BenchRow(string Key, string Label, LatencyStats Stats, bool IsSearchTarget = false);
