using System.CommandLine;
using TextEhr.App.Documents;
using TextEhr.App.Output;
using TextEhr.Documents.Fonts;
using TextEhr.Documents.Html;
using TextEhr.Documents.Summary;

namespace TextEhr.App.Cli;

/// <summary><c>textehr print summary --patient ID</c>: 患者サマリー from the chart.</summary>
internal sealed class PrintSummaryCommand : Command
{
    private readonly CliContext _context;
    private readonly PrintOptions _common = new();

    public PrintSummaryCommand(CliContext context)
        : base("summary", "患者サマリー (病名・アレルギー・処方・検査の推移・最近の記載) を作る")
    {
        _context = context;
        _common.AddTo(this);
        SetAction(parsed => CommandRunner.Run(_context, "print summary", parsed.GetValue(_common.Data), session => Execute(parsed, session)));
    }

    private int Execute(ParseResult parsed, CliSession session)
    {
        var chart = PrintChart.Load(session, parsed.GetValue(_common.Patient), parsed.GetValue(_common.User));
        var summary = PatientSummaryModel.FromChart(
            chart.Patient, chart.Problems, chart.Allergies, chart.LastPrescription, chart.Results, chart.RecentEntries, chart.Clinic, chart.Doctor.DisplayName, chart.Today);
        var font = FontLocator.Find(_context.GetEnvironmentVariable);
        var document = PatientSummaryHtml.Render(summary, new TemplateStore(TemplateStore.FolderIn(session.Folder.Root)), font);
        var request = new IssueRequest(chart.Patient.Id, null, document.Title, JsonFormat.Serialize(summary), document);
        return PrintOutput.Produce(session, chart, request, font, parsed.GetValue(_common.Out), parsed.GetValue(_common.Printer));
    }
}
