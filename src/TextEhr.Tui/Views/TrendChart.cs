using System.Globalization;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Text;
using TextEhr.Tui.Themes;

namespace TextEhr.Tui.Views;

/// <summary>
/// A small chart of values over dates (HbA1c, eGFR), drawn only with ASCII <c>* | + -</c>: box
/// drawing characters are East Asian Ambiguous and take two cells in conhost with a Japanese font,
/// which would break the axes. Dates are placed by time, not by index, since visits are irregular.
/// The highest, lowest and latest values are written out as numbers.
/// </summary>
/// <example>
/// <code>
/// HbA1c (%)  最高 7.2  最低 6.1  最新 6.4 (2024/05/01)
/// 7.2|   *
///    |*     *
/// 6.1|         *  *
///    +-------------
///     2023/01/10  2024/05/01
/// </code>
/// </example>
public sealed class TrendChart : View
{
    public string Title { get; set; } = string.Empty;

    public IReadOnlyList<TrendPoint> Points { get; set; } = [];

    public Func<double, string> FormatValue { get; set; } = value => value.ToString("0.##", CultureInfo.InvariantCulture);

    public Func<DateOnly, string> FormatDate { get; set; } = date => date.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture);

    public override void Draw(ScreenBuffer screen, Theme theme)
    {
        ArgumentNullException.ThrowIfNull(screen);
        ArgumentNullException.ThrowIfNull(theme);
        var normal = theme[VisualRole.Normal];
        screen.Fill(Bounds, normal);
        if (Bounds.IsEmpty)
        {
            return;
        }

        var points = Points.OrderBy(point => point.Date).ToList();
        var title = screen.Write(Bounds.X, Bounds.Y, Title, theme[VisualRole.Label], Bounds);
        var room = Bounds.Right - title - 2;
        var summary = points.Count == 0 ? TuiMessages.ChartNoData : Summary(points, withDate: true);
        if (CellWidth.Of(summary) > room && points.Count > 0)
        {
            // The latest date is also under the axis; the numbers matter more.
            summary = Summary(points, withDate: false);
        }

        screen.Write(title + 2, Bounds.Y, summary, normal, Bounds);
        var plotHeight = Bounds.Height - 3;
        if (points.Count > 0 && plotHeight >= 1)
        {
            DrawPlot(screen, theme, points, plotHeight);
        }
    }

    private string Summary(List<TrendPoint> points, bool withDate)
    {
        var last = points[^1];
        return TuiMessages.ChartSummary(
            FormatValue(points.Max(p => p.Value)),
            FormatValue(points.Min(p => p.Value)),
            FormatValue(last.Value),
            withDate ? FormatDate(last.Date) : null);
    }

    private void DrawPlot(ScreenBuffer screen, Theme theme, List<TrendPoint> points, int plotHeight)
    {
        var normal = theme[VisualRole.Normal];
        var axis = theme[VisualRole.Label];
        var (min, max) = (points.Min(p => p.Value), points.Max(p => p.Value));
        var (maxText, minText) = (FormatValue(max), FormatValue(min));
        var labelWidth = Math.Max(CellWidth.Of(maxText), CellWidth.Of(minText));
        var plotX = Bounds.X + labelWidth + 1;
        var plotWidth = Bounds.Right - plotX;
        var top = Bounds.Y + 1;
        var axisRow = top + plotHeight;
        screen.Write(Bounds.X + labelWidth - CellWidth.Of(maxText), top, maxText, axis, Bounds);
        screen.Write(Bounds.X + labelWidth - CellWidth.Of(minText), axisRow - 1, minText, axis, Bounds);
        for (var y = top; y < axisRow; y++)
        {
            screen.Write(plotX - 1, y, "|", axis, Bounds);
        }

        screen.Write(plotX - 1, axisRow, "+" + new string('-', Math.Max(plotWidth, 0)), axis, Bounds);
        if (plotWidth < 1)
        {
            return;
        }

        var (first, last) = (points[0].Date.DayNumber, points[^1].Date.DayNumber);
        foreach (var point in points)
        {
            var x = last == first ? plotWidth / 2 : (int)Math.Round((double)(point.Date.DayNumber - first) / (last - first) * (plotWidth - 1));
            var y = max == min ? plotHeight / 2 : (int)Math.Round((point.Value - min) / (max - min) * (plotHeight - 1));
            screen.Write(plotX + x, axisRow - 1 - y, "*", normal, Bounds);
        }

        var firstDate = FormatDate(points[0].Date);
        var lastDate = FormatDate(points[^1].Date);
        screen.Write(plotX, axisRow + 1, firstDate, axis, Bounds);
        var lastX = Bounds.Right - CellWidth.Of(lastDate);
        if (last != first && lastX > plotX + CellWidth.Of(firstDate))
        {
            screen.Write(lastX, axisRow + 1, lastDate, axis, Bounds);
        }
    }
}
