using System.Diagnostics;
using System.Text;
using TextEhr.Documents;
using TextEhr.Documents.Fonts;
using TextEhr.Documents.Html;
using TextEhr.Documents.Pdf;
using TextEhr.Documents.Prescriptions;
using TextEhr.Documents.Referral;
using TextEhr.Documents.Summary;
using TextEhr.Domain.Patients;

namespace TextEhr.App.Bench;

/// <summary>
/// Time to make each document's PDF the way <c>textehr print</c> does (chart read, template, 外字 check,
/// browser, output check), against the browser printing the same HTML alone. Each run is a browser
/// process of about a second, so the runs are few (at most <see cref="MaxRuns"/>, none when UI runs are off).
/// </summary>
public sealed class DocumentPdfCase : IBenchCase
{
    public const int MaxRuns = 3;

    private static readonly ClinicInfo Clinic = new() { Name = "ベンチ診療所", InstitutionCode = "1234567", Prefecture = "13" };

    public string Name => "書類の PDF 作成";

    public void Run(BenchContext context, BenchReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        var runs = Math.Min(context.UiRuns, MaxRuns);
        var browser = BrowserLocator.Find();
        if (runs <= 0 || context.Samples.Count == 0)
        {
            return;
        }

        if (browser is null)
        {
            report.AddNote("Chromium / Edge が見つからないため、書類の PDF 作成の行を省略した。");
            return;
        }

        var patient = context.Samples[0];
        var work = Directory.CreateTempSubdirectory("textehr-bench-doc-");
        try
        {
            foreach (var (key, label, render) in Documents(context))
            {
                var ours = new List<double>();
                var alone = new List<double>();
                for (var run = 0; run < runs; run++)
                {
                    var pdf = Path.Combine(work.FullName, $"{key}-{run}.pdf");
                    var started = Stopwatch.GetTimestamp();
                    var document = render(patient);
                    _ = PrintPreflight.Warning(document, FontLocator.Find());

                    var result = new DocumentPrinter(browser).ToPdfAsync(document, pdf, CancellationToken.None).GetAwaiter().GetResult();
                    ours.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    if (!result.IsPdf)
                    {
                        report.AddNote($"{label} の PDF を作れなかった: {result.Message}");
                        return;
                    }

                    alone.Add(BrowserAlone(browser, document, work.FullName, run));
                }

                report.Add($"doc.{key}.pdf", $"{label} PDF (textehr print と同じ処理)", ours);
                report.Add($"doc.{key}.browser", $"{label} 同じ HTML をブラウザ単独で PDF 化 (比較基準)", alone);
            }
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static IEnumerable<(string Key, string Label, Func<Patient, RenderedDocument> Render)> Documents(BenchContext context)
    {
        var database = context.Database;
        var templates = new TemplateStore();
        var today = DateOnly.FromDateTime(context.Time.GetLocalNow().DateTime);
        yield return ("referral", "診療情報提供書", patient => ReferralLetterHtml.Render(
            ReferralLetterModel.FromChart(
                patient,
                database.Problems.ForPatient(patient.Id),
                database.Charts.LastPrescription(patient.Id, today.AddDays(1)),
                database.Labs.Results(patient.Id),
                database.Allergies.ForPatient(patient.Id),
                database.Charts.Recent(patient.Id, PatientSummaryModel.NoteCount, context.DoctorId),
                Clinic,
                "ベンチ医師",
                today) with
            {
                ToInstitution = "ベンチ病院",
                Purpose = "精査のお願い",
            },
            templates,
            FontLocator.Find()));
        yield return ("summary", "患者サマリー", patient => PatientSummaryHtml.Render(
            PatientSummaryModel.FromChart(
                patient,
                database.Problems.ForPatient(patient.Id),
                database.Allergies.ForPatient(patient.Id),
                database.Charts.LastPrescription(patient.Id, today.AddDays(1)),
                database.Labs.Results(patient.Id),
                database.Charts.Recent(patient.Id, PatientSummaryModel.NoteCount, context.DoctorId),
                Clinic,
                "ベンチ医師",
                today),
            templates,
            FontLocator.Find()));
        yield return ("prescription", "院外処方箋", patient => PrescriptionSlipHtml.Render(
            PrescriptionSlipModel.From(patient, BenchPrescription.Sample, Clinic, "ベンチ医師", today),
            templates,
            FontLocator.Find()));
    }

    private static double BrowserAlone(string browser, RenderedDocument document, string folder, int run)
    {
        var html = Path.Combine(folder, $"{document.Kind}-{run}-alone.html");
        File.WriteAllText(html, document.Html, new UTF8Encoding(false));
        var profile = Directory.CreateDirectory(Path.Combine(folder, $"profile-{document.Kind}-{run}")).FullName;
        var start = new ProcessStartInfo(browser) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in DocumentPrinter.BrowserArguments(profile, Path.Combine(folder, $"{document.Kind}-{run}-alone.pdf"), html))
        {
            start.ArgumentList.Add(argument);
        }

        var started = Stopwatch.GetTimestamp();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("The browser did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Task.WaitAll(output, error);
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }
}
