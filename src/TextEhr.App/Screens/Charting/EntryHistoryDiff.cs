namespace TextEhr.App.Screens.Charting;

/// <summary>
/// Lines of two versions aligned by their longest common subsequence, the way <c>diff -y</c> shows them:
/// a note is a few dozen lines, so the quadratic table costs nothing.
/// </summary>
public static class EntryHistoryDiff
{
    public static IReadOnlyList<EntryHistoryRow> Align(IReadOnlyList<string> older, IReadOnlyList<string> newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var common = new int[older.Count + 1, newer.Count + 1];
        for (var i = older.Count - 1; i >= 0; i--)
        {
            for (var j = newer.Count - 1; j >= 0; j--)
            {
                common[i, j] = string.Equals(older[i], newer[j], StringComparison.Ordinal)
                    ? common[i + 1, j + 1] + 1
                    : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var rows = new List<EntryHistoryRow>();
        var removed = new List<string>();
        var added = new List<string>();
        var (a, b) = (0, 0);
        while (a < older.Count || b < newer.Count)
        {
            if (a < older.Count && b < newer.Count && string.Equals(older[a], newer[b], StringComparison.Ordinal))
            {
                Flush(rows, removed, added);
                rows.Add(new EntryHistoryRow(older[a], newer[b], Changed: false));
                (a, b) = (a + 1, b + 1);
            }
            else if (b >= newer.Count || (a < older.Count && common[a + 1, b] >= common[a, b + 1]))
            {
                removed.Add(older[a++]);
            }
            else
            {
                added.Add(newer[b++]);
            }
        }

        Flush(rows, removed, added);
        return rows;
    }

    // A changed stretch: removed lines face added ones, so a corrected line sits beside its correction.
    private static void Flush(List<EntryHistoryRow> rows, List<string> removed, List<string> added)
    {
        for (var k = 0; k < Math.Max(removed.Count, added.Count); k++)
        {
            rows.Add(new EntryHistoryRow(k < removed.Count ? removed[k] : null, k < added.Count ? added[k] : null, Changed: true));
        }

        removed.Clear();
        added.Clear();
    }
}
