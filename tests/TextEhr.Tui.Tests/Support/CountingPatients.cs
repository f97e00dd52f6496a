using System.Globalization;
using TextEhr.Tui.Views;

namespace TextEhr.Tui.Tests.Support;

/// <summary>100,000 rows made from their index, counting every row fetched; filters by カナ prefix without fetching.</summary>
internal sealed class CountingPatients : IFilterableListSource
{
    private static readonly string[] Families = ["ヤマダ", "ヤマモト", "ヤギ", "サトウ", "スズキ", "タナカ", "イトウ", "ワタナベ", "ナカムラ", "コバヤシ"];

    public int Count => 100_000;

    public int Fetched { get; set; }

    public string GetRow(int index)
    {
        Fetched++;
        return Name(index);
    }

    public IListSource Filter(string text) =>
        new Matches(this, [.. Enumerable.Range(0, Count).Where(i => Name(i).StartsWith(text, StringComparison.Ordinal))]);

    private static string Name(int index) => string.Create(CultureInfo.InvariantCulture, $"{Families[index % Families.Length]} {index:D6}");

    private sealed class Matches(CountingPatients all, int[] indexes) : IListSource
    {
        public int Count => indexes.Length;

        public string GetRow(int index) => all.GetRow(indexes[index]);
    }
}
