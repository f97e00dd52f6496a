using TextEhr.Tui.Text;

namespace TextEhr.App.Screens.Charting;

/// <summary>Cuts a line into pieces of at most a number of cells, never splitting a kanji.</summary>
public static class EntryHistoryText
{
    public static IReadOnlyList<string> Wrap(string text, int cells)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (cells < 2 || CellWidth.Of(text) <= cells)
        {
            return [text];
        }

        var pieces = new List<string>();
        var (start, width) = (0, 0);
        foreach (var cluster in CellWidth.Clusters(text))
        {
            if (width + cluster.Width > cells)
            {
                pieces.Add(text[start..cluster.Start]);
                (start, width) = (cluster.Start, 0);
            }

            width += cluster.Width;
        }

        pieces.Add(text[start..]);
        return pieces;
    }
}
