namespace TextEhr.Tui.Terminals.Windows;

/// <summary>
/// The font heights Ctrl+Plus and Ctrl+Minus step through on conhost: readable sizes only, from the
/// smallest that still shows kanji clearly to one that leaves 80×24 on a 1366×768 screen.
/// </summary>
internal static class ConsoleFontSizes
{
    private static readonly int[] Heights = [14, 16, 18, 20, 22, 24, 28, 32];

    public static int Smallest => Heights[0];

    public static int Largest => Heights[^1];

    /// <summary>The next height up (<paramref name="steps"/> &gt; 0) or down from <paramref name="current"/>, kept within the ladder.</summary>
    public static int Next(int current, int steps)
    {
        if (steps > 0)
        {
            var larger = Array.FindIndex(Heights, height => height > current);
            return larger < 0 ? Largest : Heights[Math.Min(larger + steps - 1, Heights.Length - 1)];
        }

        if (steps < 0)
        {
            var smaller = Array.FindLastIndex(Heights, height => height < current);
            return smaller < 0 ? Smallest : Heights[Math.Max(smaller + steps + 1, 0)];
        }

        return current;
    }
}
