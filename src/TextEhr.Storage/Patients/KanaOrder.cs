namespace TextEhr.Storage.Patients;

/// <summary>
/// <c>ORDER BY kana_norm, id</c> as SQLite sorts it: BINARY compares UTF-8 bytes, which is code-point order.
/// UTF-16 ordinal order differs only where a surrogate pair meets U+E000–U+FFFF, so those two ranges swap.
/// </summary>
internal sealed class KanaOrder : IComparer<PatientSearchEntry>
{
    public static KanaOrder Instance { get; } = new();

    public int Compare(PatientSearchEntry x, PatientSearchEntry y)
    {
        var byKana = CompareCodePoints(x.KanaNorm, y.KanaNorm);
        return byKana != 0 ? byKana : x.Id.CompareTo(y.Id);
    }

    public static int CompareCodePoints(string x, string y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var common = x.AsSpan().CommonPrefixLength(y);
        if (common == x.Length || common == y.Length)
        {
            return x.Length.CompareTo(y.Length);
        }

        return Weight(x[common]).CompareTo(Weight(y[common]));
    }

    // Surrogates (U+D800–DFFF) start characters above U+FFFF: move them past U+E000–U+FFFF.
    private static int Weight(char c) => c switch
    {
        >= '\uE000' => c - 0x800,
        >= '\uD800' => c + 0x2000,
        _ => c,
    };
}
