using System.Globalization;
using System.Runtime.InteropServices;
using TextEhr.App.Demo;
using TextEhr.Storage;

namespace TextEhr.App.Bench;

/// <summary>
/// <c>textehr bench</c>: builds a synthetic clinic, then measures what a doctor waits for (opening the
/// database, search per keystroke, opening a chart, confirming a note) against the sqlite3 command line
/// as a baseline, and a keystroke's way to the screen (a text field, a 100,000-row filtered list), and
/// prints median, p99 and max of each.
/// </summary>
public static class BenchmarkRunner
{
    /// <summary>The issue's budget for one keystroke of patient search: one 60 Hz frame.</summary>
    public const double SearchBudgetMs = 16;

    public const string DatabaseFileName = "textehr.db";

    private const int Seed = 1;
    private const double MiB = 1024 * 1024;

    /// <summary>The measured groups, in the order they run. Add a case here to add rows.</summary>
    public static IReadOnlyList<IBenchCase> Cases { get; } =
    [
        new OpenDatabaseCase(),
        new PatientSearchCase(),
        new LoadPatientCase(),
        new ConfirmNoteCase(),
        new SqliteCliBaselineCase(),
        new TextFieldKeystrokeCase(),
        new ListFilterKeystrokeCase(),
        new MemoryCase(),
        new UiStartCase(),
        new DocumentPdfCase(),
        new BackupRoundTripCase(),
    ];

    /// <summary>Builds (or reuses) the clinic, runs every case and prints the report.</summary>
    /// <returns>0 when every target was met (<see cref="ExitCode"/>), 1 when one was missed.</returns>
    public static int Run(BenchOptions options, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        if (options.Patients <= 0)
        {
            throw new ArgumentException("A clinic needs at least one patient.", nameof(options));
        }

        var time = TimeProvider.System;
        var temporary = options.WorkFolder is null;
        var folder = options.WorkFolder
            ?? Path.Combine(Path.GetTempPath(), "textehr-bench-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        Action<string> progress = options.Json ? _ => { } : output.WriteLine;
        progress(WorkFolderLine(folder));
        try
        {
            var report = Measure(options, Path.Combine(folder, DatabaseFileName), time, progress);
            if (options.Json)
            {
                BenchJsonWriter.Write(report, options.Patients, SearchBudgetMs, output);
            }
            else
            {
                output.WriteLine();
                BenchTablePrinter.Print(report, output);
                if (report.Targets.Count > 0 || options.Only is null)
                {
                    output.WriteLine();
                }

                foreach (var target in report.Targets)
                {
                    output.WriteLine(TargetLine(target));
                }

                if (options.Only is null)
                {
                    output.WriteLine(Verdict(report));
                }
            }

            return ExitCode(report, options);
        }
        finally
        {
            if (temporary)
            {
                TryDelete(folder);
            }
        }
    }

    /// <summary>
    /// 1 when any target was missed: a restored table that differs, or (in a full run) a search row over the
    /// budget at p99; else 0. A filtered run (<c>--only</c>) measured no search rows, so only its own targets count.
    /// </summary>
    public static int ExitCode(BenchReport report, BenchOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(options);
        var searchMet = options.Only is not null || report.SearchMeets(SearchBudgetMs);
        return searchMet && report.TargetsMet ? 0 : 1;
    }

    /// <summary>"復元した DB の全表が元と一致 (行数と内容ハッシュ): 達成 — 14/14".</summary>
    public static string TargetLine(BenchTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return $"{target.Label}: {(target.Met ? "達成" : "未達")} — {target.Detail}";
    }

    /// <summary>The last line: did every search row stay under the budget at p99?</summary>
    public static string Verdict(BenchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var rows = report.Rows.Where(row => row.IsSearchTarget)
            .Select(row => string.Create(CultureInfo.InvariantCulture, $"{row.Key[7..]} {row.Stats.P99:0.###}"));
        var met = report.SearchMeets(SearchBudgetMs);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"検索 p99 < {SearchBudgetMs} ms (カナ・漢字・患者番号・生年月日): {(met ? "達成" : "未達")} — p99 ms: {string.Join(", ", rows)}");
    }

    private static BenchReport Measure(BenchOptions options, string path, TimeProvider time, Action<string> progress)
    {
        var report = new BenchReport();
        progress(string.Create(
            CultureInfo.InvariantCulture,
            $"TextEhr bench: {options.Patients:N0} 人, {Environment.ProcessorCount} コア, .NET {Environment.Version}, {RuntimeInformation.OSDescription}"));
        var existed = File.Exists(path);
        using var db = ClinicDatabase.Open(path, time);
        if (existed)
        {
            progress($"既存のデータベースを計測する (構築しない): {path}");
        }
        else
        {
            Build(db, options.Patients, time, report, progress);
        }

        report.AddFact("db.size", "DBサイズ (本体 + WAL)", DatabaseBytes(path) / MiB, "MiB");
        PeakMemory.Reset();
        var doctorId = DemoDoctor.Ensure(db.Users);
        var context = new BenchContext
        {
            Database = db,
            DatabasePath = path,
            DoctorId = doctorId,
            Samples = BenchSampler.Draw(db, doctorId),
            Time = time,
            Progress = progress,
            UiRuns = options.UiRuns,
        };
        foreach (var benchCase in Cases.Where(c => options.Only is null || c.Name.Contains(options.Only, StringComparison.OrdinalIgnoreCase)))
        {
            progress($"計測中: {benchCase.Name}");
            benchCase.Run(context, report);
        }

        return report;
    }

    private static void Build(ClinicDatabase db, int patients, TimeProvider time, BenchReport report, Action<string> progress)
    {
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var summary = DemoClinicGenerator.Generate(db, patients, Seed, today, new BenchProgress(progress));
        var seconds = summary.Elapsed.TotalSeconds;
        report.AddFact("build.seconds", "構築時間", seconds, "s");
        report.AddFact("build.patients", "患者", summary.Patients, "人");
        report.AddFact("build.entries", "診療記録 (確定済み)", summary.Entries, "件");
        report.AddFact("build.prescriptions", "処方", summary.Prescriptions, "件");
        report.AddFact("build.lab_results", "検査結果", summary.LabResults, "件");
        report.AddFact("build.allergies", "アレルギー", summary.Allergies, "件");
        report.AddFact("build.problems", "傷病名", summary.Problems, "件");
        report.AddFact("build.entries_per_second", "構築速度 (記録/秒)", summary.Entries / Math.Max(seconds, 1e-9), "件/s");
        report.AddFact("memory.peak_working_set.build", "ピーク作業セット (構築まで)", PeakMemory.WorkingSetBytes() / MiB, "MiB");
    }

    private static long DatabaseBytes(string path) =>
        new[] { path, path + "-wal" }.Where(File.Exists).Sum(file => new FileInfo(file).Length);

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; the OS cleans temp.
        }
        catch (UnauthorizedAccessException)
        {
            // Likewise.
        }
    }

    /// <summary>Where the clinic is built, so a person (and a test) can find or check it.</summary>
    public static string WorkFolderLine(string folder) => "作業フォルダ: " + folder;
}
