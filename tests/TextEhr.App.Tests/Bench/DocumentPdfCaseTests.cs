using TextEhr.App.Bench;
using TextEhr.App.Demo;
using TextEhr.Storage;

namespace TextEhr.App.Tests.Bench;

/// <summary>The document rows: each document made once by textehr's path and once by the browser alone.</summary>
public sealed class DocumentPdfCaseTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("textehr-docbench-test-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void One_run_gives_a_pdf_row_and_a_browser_row_per_document()
    {
        var path = Path.Combine(_folder.FullName, "textehr.db");
        var report = new BenchReport();
        using (var db = ClinicDatabase.Open(path, TimeProvider.System))
        {
            DemoClinicGenerator.Generate(db, 5, 1, new DateOnly(2025, 6, 15), null);
            var doctorId = DemoDoctor.Ensure(db.Users);
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

            new DocumentPdfCase().Run(context, report);
        }

        Assert.True(report.Rows.Count == 6, string.Join("\n", report.Notes));
        Assert.Equal(
            ["doc.referral.pdf", "doc.referral.browser", "doc.summary.pdf", "doc.summary.browser", "doc.prescription.pdf", "doc.prescription.browser"],
            report.Rows.Select(static r => r.Key).ToList());
        Assert.All(report.Rows, static row => Assert.True(row.Stats is { Count: 1, Max: > 0 }));
    }

    [Fact]
    public void No_ui_runs_means_no_browser_is_started_and_no_rows()
    {
        var report = new BenchReport();
        using var db = ClinicDatabase.Open(Path.Combine(_folder.FullName, "empty.db"), TimeProvider.System);

        new DocumentPdfCase().Run(
            new BenchContext { Database = db, DatabasePath = "unused", DoctorId = 1, Samples = [], Time = TimeProvider.System, Progress = _ => { }, UiRuns = 0 },
            report);

        Assert.Empty(report.Rows);
    }
}
