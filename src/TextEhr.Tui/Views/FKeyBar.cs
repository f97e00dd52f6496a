using System.Text;
using TextEhr.Tui.Commands;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Text;
using TextEhr.Tui.Themes;

namespace TextEhr.Tui.Views;

/// <summary>
/// The bottom row: <c>F1ヘルプ F2新規 F3検索 …</c>, computed from the key map in force (mutt's
/// <c>mutt_make_help</c>), so it is right after any rebinding and changes with the screen's state.
/// Wide terminals get evenly spaced slots; narrow ones get labels shortened, keys never dropped.
/// </summary>
public sealed class FKeyBar : View
{
    public KeyMap? Keys { get; set; }

    /// <summary>The bar's text for a key map at a width, exactly <paramref name="width"/> cells.</summary>
    public static string Text(KeyMap keys, int width)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var items = keys.Bindings
            .Where(binding => binding.InBar && binding.BarKey is not null)
            .Select(binding => (Key: binding.BarKey!.Value.ToString(), binding.Label))
            .ToList();
        if (items.Count == 0 || width <= 0)
        {
            return new string(' ', Math.Max(width, 0));
        }

        int Total() => items.Sum(item => CellWidth.Of(item.Key) + CellWidth.Of(item.Label)) + items.Count - 1;
        // Shorten the longest label a character at a time (the rightmost of equals, so F1 ヘルプ lasts
        // longest), keeping its first character as long as possible (新規 → 新), and every key always.
        for (var keep = 1; keep >= 0 && Total() > width; keep--)
        {
            while (Total() > width && Longest(items, keep) is var index and >= 0)
            {
                items[index] = items[index] with { Label = WithoutLastCluster(items[index].Label) };
            }
        }

        var slot = width / items.Count;
        var even = items.All(item => CellWidth.Of(item.Key) + CellWidth.Of(item.Label) + 1 <= slot);
        var builder = new StringBuilder();
        foreach (var (key, label) in items)
        {
            var text = key + label;
            builder.Append(even ? CellWidth.PadRight(text, slot) : text + " ");
        }

        return CellWidth.Fit(builder.ToString(), width);
    }

    public override void Draw(ScreenBuffer screen, Theme theme)
    {
        ArgumentNullException.ThrowIfNull(screen);
        ArgumentNullException.ThrowIfNull(theme);
        screen.Fill(Bounds, theme[VisualRole.KeyBar]);
        if (Keys is not null && Bounds.Width > 0)
        {
            screen.Write(Bounds.X, Bounds.Y, Text(Keys, Bounds.Width), theme[VisualRole.KeyBar], Bounds);
        }
    }

    // The index of the widest label with more than `keep` characters, the rightmost of equals; −1 when none.
    private static int Longest(List<(string Key, string Label)> items, int keep)
    {
        var best = -1;
        for (var i = items.Count - 1; i >= 0; i--)
        {
            if (Clusters(items[i].Label) > keep && (best < 0 || CellWidth.Of(items[i].Label) > CellWidth.Of(items[best].Label)))
            {
                best = i;
            }
        }

        return best;
    }

    private static int Clusters(string text)
    {
        var count = 0;
        foreach (var _ in CellWidth.Clusters(text))
        {
            count++;
        }

        return count;
    }

    private static string WithoutLastCluster(string text)
    {
        var start = 0;
        foreach (var cluster in CellWidth.Clusters(text))
        {
            start = cluster.Start;
        }

        return text[..start];
    }
}
