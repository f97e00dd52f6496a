using Microsoft.Data.Sqlite;
using TextEhr.App.Bench;
using TextEhr.Storage.Backup;

namespace TextEhr.App.Tests.Bench;

/// <summary>
/// The bench's round trip compares every table of the restored database with its source, and any
/// difference is a missed target that makes <c>textehr bench</c> exit 1 (not only a figure in the table).
/// </summary>
public sealed class RestoreComparisonTests : IDisposable
{
    private static readonly BenchOptions OnlyBackup = new(Only: "backup");

    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "textehr-compare-" + Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Identical_tables_and_the_restores_own_audit_row_meet_the_target()
    {
        var source = Database("source", "INSERT INTO audit_log (detail) VALUES ('backup');");
        var restored = Database("restored", "INSERT INTO audit_log (detail) VALUES ('backup'), ('restore');");

        var comparison = RestoreComparison.Compare(source, restored);
        var report = new BenchReport();
        comparison.AddTo(report);

        Assert.True(comparison.AllIdentical);
        Assert.Equal((4, 4), (comparison.Identical, comparison.Tables)); // sqlite_schema is compared too
        Assert.True(Assert.Single(report.Targets).Met);
        Assert.Equal(0, BenchmarkRunner.ExitCode(report, OnlyBackup));
    }

    [Fact]
    public void One_changed_value_in_one_row_is_a_miss_and_the_bench_exits_1()
    {
        var source = Database("source", "UPDATE patients SET name = '山田 太郎' WHERE id = 2;");
        var restored = Database("restored", "UPDATE patients SET name = '山田 太朗' WHERE id = 2;");

        var comparison = RestoreComparison.Compare(source, restored);
        var report = new BenchReport();
        comparison.AddTo(report);

        Assert.Equal(["patients"], comparison.Differing);
        var target = Assert.Single(report.Targets);
        Assert.Equal((RestoreComparison.TargetKey, false), (target.Key, target.Met));
        Assert.Contains("違う表: patients", BenchmarkRunner.TargetLine(target), StringComparison.Ordinal);
        Assert.Contains("未達", BenchmarkRunner.TargetLine(target), StringComparison.Ordinal);
        Assert.Equal(1, BenchmarkRunner.ExitCode(report, OnlyBackup));
    }

    [Fact]
    public void A_missing_row_or_a_missing_table_is_a_miss()
    {
        var source = Database("source", "CREATE TABLE lab_results (id INTEGER PRIMARY KEY);");
        var restored = Database("restored", "DELETE FROM notes WHERE id = 1;");

        var comparison = RestoreComparison.Compare(source, restored);

        // The extra table also changes sqlite_schema.
        Assert.Equal(["lab_results", "notes", "sqlite_schema"], comparison.Differing);
        Assert.Equal((2, 5), (comparison.Identical, comparison.Tables));
    }

    /// <summary>Three small tables, then <paramref name="change"/>: the content hash of the result.</summary>
    private DatabaseContent Database(string name, string change)
    {
        var path = Path.Combine(_folder, name + ".db");
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE patients (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
                CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL);
                CREATE TABLE audit_log (id INTEGER PRIMARY KEY, detail TEXT NOT NULL);
                INSERT INTO patients (name) VALUES ('佐藤 花子'), ('山田 太郎');
                INSERT INTO notes (text) VALUES ('Do処方。'), ('咳が続く。');
                """ + change;
            command.ExecuteNonQuery();
        }

        return DatabaseFile.ReadContent(path);
    }
}
