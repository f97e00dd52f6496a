using TextEhr.App.Bench;
using TextEhr.App.Demo;
using TextEhr.App.Hosting;
using TextEhr.Storage;

namespace TextEhr.App.Tests.Bench;

/// <summary>
/// The start-up rows: a real child process of textehr logs in on a small bench clinic. Figures are not
/// asserted beyond being measured; speed targets belong to the benchmark.
/// </summary>
public sealed class UiStartCaseTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "textehr-uistart-test-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans temp.
        }
    }

    [Fact]
    public void The_child_line_reads_back_what_was_written()
    {
        var times = new UiStartTimes(812.44, null);

        Assert.Equal("ui-start search_ms=812.4 chart_ms=-", times.ToLine());
        Assert.Equal(new UiStartTimes(812.4, null), UiStartTimes.Parse("noise\n" + times.ToLine() + "\n"));
        Assert.Null(UiStartTimes.Parse("nothing here"));
    }

    [Fact]
    public void A_fresh_process_logs_in_and_reaches_the_patient_search()
    {
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, BenchmarkRunner.DatabaseFileName);
        using var db = ClinicDatabase.Open(path, TimeProvider.System);
        DemoClinicGenerator.Generate(db, 20, 1, new DateOnly(2025, 6, 15), null);
        var doctorId = DemoDoctor.Ensure(db.Users);
        var report = new BenchReport();
        var context = new BenchContext
        {
            Database = db,
            DatabasePath = path,
            DoctorId = doctorId,
            Samples = BenchSampler.Draw(db, doctorId),
            Time = TimeProvider.System,
            Progress = _ => { },
            UiRuns = 1,
        };

        new UiStartCase { Timeout = TimeSpan.FromSeconds(3) }.Run(context, report);

        var row = Assert.Single(report.Rows, row => string.Equals(row.Key, "ui.start.search", StringComparison.Ordinal));
        Assert.True(row.Stats is { Count: 1, Max: > 0 }, string.Join("\n", report.Notes));
        Assert.True(
            report.Rows.Any(r => string.Equals(r.Key, "ui.open.chart", StringComparison.Ordinal)) || report.Notes.Any(note => note.Contains("ui.open.chart", StringComparison.Ordinal)),
            "the chart row or a note saying why it is missing");
        Assert.True(ClinicProfileFile.Exists(DataFolder.Create(_folder)));
    }

    [Fact]
    public void No_runs_means_a_note_and_no_rows()
    {
        var report = new BenchReport();
        using var db = ClinicDatabase.Open(Path.Combine(CreateFolder(), "textehr.db"), TimeProvider.System);

        new UiStartCase().Run(
            new BenchContext { Database = db, DatabasePath = "unused", DoctorId = 1, Samples = [], Time = TimeProvider.System, Progress = _ => { }, UiRuns = 0 },
            report);

        Assert.Empty(report.Rows);
        Assert.Single(report.Notes);
    }

    [Fact]
    public void The_case_runs_in_textehr_bench()
    {
        Assert.Contains(BenchmarkRunner.Cases, static benchCase => benchCase is UiStartCase);
    }

    private string CreateFolder()
    {
        Directory.CreateDirectory(_folder);
        return _folder;
    }
}
