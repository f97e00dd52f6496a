using TextEhr.Tui.Text;

namespace TextEhr.Tui.Views;

/// <summary>
/// Wraps text into visual lines by cells, cluster by cluster, at any character: Japanese breaks
/// anywhere, and a wide character that would straddle the edge moves to the next line whole.
/// </summary>
internal static class TextWrap
{
    public static List<TextLine> Lines(string text, int width)
    {
        var lines = new List<TextLine>();
        var start = 0;
        var cells = 0;
        foreach (var cluster in CellWidth.Clusters(text))
        {
            if (text[cluster.Start] == '\n')
            {
                lines.Add(new TextLine(start, cluster.Start));
                start = cluster.End;
                cells = 0;
                continue;
            }

            if (cells > 0 && cells + cluster.Width > width)
            {
                lines.Add(new TextLine(start, cluster.Start));
                start = cluster.Start;
                cells = 0;
            }

            cells += cluster.Width;
        }

        lines.Add(new TextLine(start, text.Length));
        return lines;
    }

    /// <summary>The visual line and cell column of a caret index; at a wrap point the caret starts the next line.</summary>
    public static (int Line, int Column) Locate(string text, List<TextLine> lines, int caret)
    {
        var line = 0;
        for (var i = 1; i < lines.Count && lines[i].Start <= caret; i++)
        {
            line = i;
        }

        return (line, CellWidth.Of(text.AsSpan(lines[line].Start, caret - lines[line].Start)));
    }

    /// <summary>The index in a line nearest to <paramref name="column"/> cells without passing it.</summary>
    public static int IndexAt(string text, TextLine line, int column)
    {
        var cells = 0;
        foreach (var cluster in CellWidth.Clusters(text.AsSpan(line.Start, line.End - line.Start)))
        {
            if (cells + cluster.Width > column)
            {
                return line.Start + cluster.Start;
            }

            cells += cluster.Width;
        }

        return line.End;
    }
}
