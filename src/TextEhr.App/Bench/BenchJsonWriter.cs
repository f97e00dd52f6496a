using System.Text.Encodings.Web;
using System.Text.Json;

namespace TextEhr.App.Bench;

/// <summary>The report as JSON, for scripts that compare runs.</summary>
public static class BenchJsonWriter
{
    public static void Write(BenchReport report, int patients, double searchBudgetMs, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var stream = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var json = new Utf8JsonWriter(stream, options))
        {
            json.WriteStartObject();
            json.WriteNumber("patients", patients);
            json.WriteStartArray("rows");
            foreach (var row in report.Rows)
            {
                json.WriteStartObject();
                json.WriteString("key", row.Key);
                json.WriteString("label", row.Label.Trim());
                json.WriteNumber("n", row.Stats.Count);
                WriteNumber(json, "p50_ms", row.Stats.P50);
                WriteNumber(json, "p99_ms", row.Stats.P99);
                WriteNumber(json, "max_ms", row.Stats.Max);
                WriteNumber(json, "mean_ms", row.Stats.Mean);
                json.WriteBoolean("search_target", row.IsSearchTarget);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("facts");
            foreach (var fact in report.Facts)
            {
                json.WriteStartObject();
                json.WriteString("key", fact.Key);
                json.WriteString("label", fact.Label);
                WriteNumber(json, "value", fact.Value);
                json.WriteString("unit", fact.Unit);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("notes");
            foreach (var note in report.Notes)
            {
                json.WriteStringValue(note);
            }

            json.WriteEndArray();
            json.WriteStartArray("targets");
            foreach (var target in report.Targets)
            {
                json.WriteStartObject();
                json.WriteString("key", target.Key);
                json.WriteString("label", target.Label);
                json.WriteBoolean("met", target.Met);
                json.WriteString("detail", target.Detail);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteBoolean("targets_met", report.TargetsMet);
            json.WriteNumber("search_budget_ms", searchBudgetMs);
            json.WriteBoolean("search_target_met", report.SearchMeets(searchBudgetMs));
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>JSON has no NaN: an empty row writes null.</summary>
    private static void WriteNumber(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsNaN(value))
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteNumber(name, Math.Round(value, 4));
        }
    }
}
