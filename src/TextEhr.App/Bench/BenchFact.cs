namespace TextEhr.App.Bench;

/// <summary>A single figure that is not a latency: build time, database size, memory.</summary>
public sealed record BenchFact(string Key, string Label, double Value, string Unit);
