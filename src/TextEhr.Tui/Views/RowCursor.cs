using TextEhr.Tui.Screen;

namespace TextEhr.Tui.Views;

/// <summary>
/// The scrolling rows under a one-row header that <see cref="ListView"/> and <see cref="TableView"/>
/// share: the chosen row, the first row in view, the keys that move the choice (↑ ↓ PageUp PageDown
/// Home End), and the rows in view drawn with the chosen one marked <c>&gt;</c>.
/// </summary>
internal sealed class RowCursor
{
    /// <summary>The chosen row.</summary>
    public int SelectedIndex { get; set; }

    /// <summary>The first row in view.</summary>
    public int TopIndex { get; private set; }

    /// <summary>How many rows fit under the header.</summary>
    public static int Visible(Rect bounds) => Math.Max(bounds.Height - 1, 0);

    /// <summary>Back to the first row, at the top.</summary>
    public void Reset()
    {
        SelectedIndex = 0;
        TopIndex = 0;
    }

    /// <summary>Moves the choice for a navigation key; other keys are ignored.</summary>
    public HandleResult Move(ConsoleKey key, int count, int visible)
    {
        var page = Math.Max(visible - 1, 1);
        var target = key switch
        {
            ConsoleKey.UpArrow => SelectedIndex - 1,
            ConsoleKey.DownArrow => SelectedIndex + 1,
            ConsoleKey.PageUp => SelectedIndex - page,
            ConsoleKey.PageDown => SelectedIndex + page,
            ConsoleKey.Home => 0,
            ConsoleKey.End => count - 1,
            _ => (int?)null,
        };
        if (target is not { } index)
        {
            return HandleResult.Ignored;
        }

        SelectedIndex = Math.Clamp(index, 0, Math.Max(count - 1, 0));
        return HandleResult.Redraw;
    }

    /// <summary>Clamps the choice to the rows and scrolls just enough to show it.</summary>
    public void KeepSelectionInView(int count, int visible)
    {
        SelectedIndex = Math.Clamp(SelectedIndex, 0, Math.Max(count - 1, 0));
        if (SelectedIndex < TopIndex)
        {
            TopIndex = SelectedIndex;
        }
        else if (visible > 0 && SelectedIndex >= TopIndex + visible)
        {
            TopIndex = SelectedIndex - visible + 1;
        }
    }

    /// <summary>Scrolls back so that the last page is full when the rows have shrunk.</summary>
    public void FillLastPage(int count, int visible) => TopIndex = Math.Clamp(TopIndex, 0, Math.Max(count - visible, 0));

    /// <summary>Draws the rows in view from the line under the header, the chosen one in <paramref name="selected"/>.</summary>
    public void Draw(ScreenBuffer screen, Rect bounds, Style normal, Style selected, int count, Func<int, string> text)
    {
        ArgumentNullException.ThrowIfNull(screen);
        ArgumentNullException.ThrowIfNull(text);
        var visible = Visible(bounds);
        for (var row = 0; row < visible && TopIndex + row < count; row++)
        {
            var index = TopIndex + row;
            var isSelected = index == SelectedIndex;
            var line = new Rect(bounds.X, bounds.Y + 1 + row, bounds.Width, 1);
            var style = isSelected ? selected : normal;
            screen.Fill(line, style);
            screen.Write(line.X, line.Y, (isSelected ? ">" : " ") + text(index), style, line);
        }
    }
}
