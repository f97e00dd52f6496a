using System.Text.Json;
using TextEhr.App.Bench;

namespace TextEhr.App.Tests.Bench;

/// <summary>
/// The benchmark runs end to end on a small clinic and prints every row. Its speed figures are not asserted:
/// speed targets belong to the benchmark itself, never to unit tests. Correctness is: the backup round trip
/// restores every table identical.
/// </summary>
public sealed class BenchmarkRunnerTests : IDisposable
{
    private static readonly string[] Rows =
    [
        "open", "search.kana", "search.kanji1", "search.kanji2", "search.kanji3", "search.id",
        "search.birth.wareki", "search.birth.western", "search.phone", "load.recent20", "load.recent20.full",
        "confirm", "confirm.only",
    ];

    private static readonly string[] Facts =
    [
        "build.seconds", "build.patients", "build.entries", "db.size", "memory.peak_working_set", "memory.gc_heap",
        "backup.db_size", "backup.file_size", "backup.seconds", "backup.mib_per_s", "backup.snapshot_matches",
        "restore.seconds", "restore.mib_per_s", "restore.tables_identical",
    ];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "textehr-bench-test-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void A_small_clinic_is_built_measured_and_every_row_printed_then_measured_again_as_json()
    {
        using var table = new StringWriter();
        var exitCode = BenchmarkRunner.Run(new BenchOptions(300, _folder, Json: false, UiRuns: 0), table);

        var text = table.ToString();
        Assert.True(exitCode is 0 or 1, text);
        Assert.All(Rows.Concat(Facts), key => Assert.Contains("\n" + key + " ", text, StringComparison.Ordinal));
        if (SqliteCliOnPath())
        {
            Assert.Contains("\nsqlite3.kana ", text, StringComparison.Ordinal);
        }

        Assert.StartsWith("検索 p99 < 16 ms", text.TrimEnd().Split('\n')[^1], StringComparison.Ordinal);
        Assert.Contains("復元した DB の全表が元と一致 (行数と内容ハッシュ): 達成", text, StringComparison.Ordinal);

        using var json = new StringWriter();
        BenchmarkRunner.Run(new BenchOptions(300, _folder, Json: true, UiRuns: 0), json);
        using var document = JsonDocument.Parse(json.ToString());
        var keys = document.RootElement.GetProperty("rows").EnumerateArray().Select(row => row.GetProperty("key").GetString()).ToList();
        Assert.Superset(Rows.ToHashSet(StringComparer.Ordinal), keys.ToHashSet(StringComparer.Ordinal)!);
        Assert.Contains(document.RootElement.GetProperty("search_target_met").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
        var facts = document.RootElement.GetProperty("facts").EnumerateArray().ToDictionary(f => f.GetProperty("key").GetString()!, StringComparer.Ordinal);
        var tables = facts["restore.tables_identical"];
        Assert.Equal("/" + tables.GetProperty("value").GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture), tables.GetProperty("unit").GetString());
        Assert.Equal(1, facts["backup.snapshot_matches"].GetProperty("value").GetDouble());
        var target = Assert.Single(document.RootElement.GetProperty("targets").EnumerateArray());
        Assert.Equal(RestoreComparison.TargetKey, target.GetProperty("key").GetString());
        Assert.True(target.GetProperty("met").GetBoolean(), target.GetProperty("detail").GetString());
        Assert.True(document.RootElement.GetProperty("targets_met").GetBoolean());
    }

    [Fact]
    public void A_temporary_work_folder_is_removed_afterwards()
    {
        // Other processes on the machine may run a benchmark at the same time, so follow this run's own folder.
        using var output = new StringWriter();

        BenchmarkRunner.Run(new BenchOptions(20, UiRuns: 0), output);

        var prefix = BenchmarkRunner.WorkFolderLine(string.Empty);
        var line = Assert.Single(output.ToString().Split('\n'), l => l.StartsWith(prefix, StringComparison.Ordinal));
        var folder = line[prefix.Length..].TrimEnd('\r');
        Assert.StartsWith(Path.GetTempPath(), folder, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static bool SqliteCliOnPath() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, "sqlite3")));
}
