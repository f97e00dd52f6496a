using System.Globalization;

namespace TextEhr.App.Bench;

/// <summary>
/// Prints the report as a fixed-width table. The ASCII key leads and the Japanese label ends the line,
/// so the columns line up without measuring the width of kanji.
/// </summary>
public static class BenchTablePrinter
{
    public static void Print(BenchReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var keyWidth = Math.Max(24, report.Rows.Select(row => row.Key.Length).DefaultIfEmpty(0).Max() + 2);
        output.WriteLine(Line($"{"key".PadRight(keyWidth)}{"n",7}{"p50 ms",10}{"p99 ms",10}{"max ms",10}  operation"));
        output.WriteLine(new string('-', keyWidth + 37 + 20));
        foreach (var row in report.Rows)
        {
            var s = row.Stats;
            output.WriteLine(Line($"{row.Key.PadRight(keyWidth)}{s.Count,7}{Ms(s.P50),10}{Ms(s.P99),10}{Ms(s.Max),10}  {row.Label}"));
        }

        if (report.Facts.Count > 0)
        {
            output.WriteLine();
            var factWidth = Math.Max(keyWidth, report.Facts.Max(fact => fact.Key.Length) + 2);
            foreach (var fact in report.Facts)
            {
                output.WriteLine(Line($"{fact.Key.PadRight(factWidth)}{fact.Value,12:#,0.###} {fact.Unit,-6}  {fact.Label}"));
            }
        }

        foreach (var note in report.Notes)
        {
            output.WriteLine(Line($"注: {note}"));
        }
    }

    /// <summary>Three decimals below 10 ms, where the interesting differences are; one above.</summary>
    private static string Ms(double value) => double.IsNaN(value)
        ? "-"
        : value.ToString(value < 10 ? "0.000" : "#,0.0", CultureInfo.InvariantCulture);

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
