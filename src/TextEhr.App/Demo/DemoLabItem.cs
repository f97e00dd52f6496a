namespace TextEhr.App.Demo;

/// <summary>A lab item as reported: name, unit, decimals shown and the 基準範囲 (JCCLS 共用基準範囲 where one exists).</summary>
internal sealed record DemoLabItem(string Name, string Unit, int Decimals, decimal? Low, decimal? High);
