using System.Globalization;

namespace TextEhr.App.Bench;

/// <summary>What one <c>bench ui-start</c> child measured, in milliseconds from its own process start.</summary>
/// <param name="SearchMs">To the first frame with the patient search on top; null when it never came.</param>
/// <param name="ChartMs">To the first frame with a chart on top; null when it never came.</param>
public sealed record UiStartTimes(double? SearchMs, double? ChartMs)
{
    /// <summary>The child's one line on stdout: <c>ui-start search_ms=812.4 chart_ms=1033.9</c> (<c>-</c> for none).</summary>
    public string ToLine() => string.Create(CultureInfo.InvariantCulture, $"ui-start search_ms={Format(SearchMs)} chart_ms={Format(ChartMs)}");

    /// <summary>Reads the child's line from its whole output; null when there is none.</summary>
    public static UiStartTimes? Parse(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var line = output.Split('\n').Select(text => text.Trim()).LastOrDefault(text => text.StartsWith("ui-start ", StringComparison.Ordinal));
        if (line is null)
        {
            return null;
        }

        double? search = null;
        double? chart = null;
        foreach (var pair in line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1))
        {
            var parts = pair.Split('=', 2);
            var value = parts.Length == 2 && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : (double?)null;
            if (string.Equals(parts[0], "search_ms", StringComparison.Ordinal))
            {
                search = value;
            }
            else if (string.Equals(parts[0], "chart_ms", StringComparison.Ordinal))
            {
                chart = value;
            }
        }

        return new UiStartTimes(search, chart);
    }

    private static string Format(double? ms) => ms is { } value ? value.ToString("0.0", CultureInfo.InvariantCulture) : "-";
}
