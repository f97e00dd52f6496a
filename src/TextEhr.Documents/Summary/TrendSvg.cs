using System.Globalization;
using System.Text;

namespace TextEhr.Documents.Summary;

/// <summary>A small inline SVG line of a lab item's numeric values (no axes: the values are printed beside it).</summary>
public static class TrendSvg
{
    /// <summary>The SVG, or empty when fewer than two values are numeric.</summary>
    public static string Render(LabTrend trend)
    {
        ArgumentNullException.ThrowIfNull(trend);
        var values = trend.Results.Select(static r => r.NumericValue).OfType<decimal>().ToList();
        if (values.Count < 2)
        {
            return string.Empty;
        }

        const double Width = 100;
        const double Height = 24;
        var low = (double)values.Min();
        var high = (double)values.Max();
        var span = high - low == 0 ? 1 : high - low;
        var points = new StringBuilder();
        for (var i = 0; i < values.Count; i++)
        {
            var x = 4 + (i * (Width - 8) / (values.Count - 1));
            var y = Height - 4 - (((double)values[i] - low) / span * (Height - 8));
            points.Append(CultureInfo.InvariantCulture, $"{x:0.#},{y:0.#} ");
        }

        return $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"trend\" viewBox=\"0 0 {Width} {Height}\" width=\"25mm\" height=\"6mm\">"
            + $"<polyline points=\"{points.ToString().TrimEnd()}\" fill=\"none\" stroke=\"#000\" stroke-width=\"1.2\"/></svg>";
    }
}
