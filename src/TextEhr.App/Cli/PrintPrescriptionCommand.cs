using System.CommandLine;
using TextEhr.App.Documents;
using TextEhr.App.Input;
using TextEhr.App.Output;
using TextEhr.Documents.Fonts;
using TextEhr.Documents.Html;
using TextEhr.Documents.Prescriptions;
using TextEhr.Domain.Validation;

namespace TextEhr.App.Cli;

/// <summary>
/// <c>textehr print prescription --patient ID [--visit V]</c>: 院外処方箋 with the JAHIS 2D code for the
/// prescription of chart entry version V, or the latest one.
/// </summary>
internal sealed class PrintPrescriptionCommand : Command
{
    private readonly CliContext _context;
    private readonly PrintOptions _common = new();
    private readonly Option<string?> _visit = CommonOptions.Text("--visit", "処方を取る記載の版 ID (省略時は最新の処方)", "V");
    private readonly Option<string?> _remarks = CommonOptions.Text("--remarks", "備考");

    public PrintPrescriptionCommand(CliContext context)
        : base("prescription", "院外処方箋 (JAHIS 2次元シンボル付き) を作る")
    {
        _context = context;
        _common.AddTo(this);
        Options.Add(_visit);
        Options.Add(_remarks);
        SetAction(parsed => CommandRunner.Run(_context, "print prescription", parsed.GetValue(_common.Data), session => Execute(parsed, session)));
    }

    private int Execute(ParseResult parsed, CliSession session)
    {
        var errors = new InputErrors();
        var visit = errors.OptionalValue(PrintMessages.VisitField, parsed.GetValue(_visit), WholeNumberInput.ParseId);
        errors.ThrowIfAny();
        var chart = PrintChart.Load(session, parsed.GetValue(_common.Patient), parsed.GetValue(_common.User));
        var chosen = visit is { } versionId && session.Database.Charts.GetVersion(versionId) is { } version && version.PatientId == chart.Patient.Id ? version : null;
        var prescription = visit is null ? chart.LastPrescription : chosen?.Content.Prescription;
        if (prescription is null || prescription.Groups.Count == 0)
        {
            throw new ValidationException([new ValidationError(PrintMessages.VisitField, PrintMessages.NoPrescription)]);
        }

        var slip = PrescriptionSlipModel.From(chart.Patient, prescription, chart.Clinic, chart.Doctor.DisplayName, chart.Today) with
        {
            Remarks = parsed.GetValue(_remarks) ?? string.Empty,
        };
        var font = FontLocator.Find(_context.GetEnvironmentVariable);
        var document = PrescriptionSlipHtml.Render(slip, new TemplateStore(TemplateStore.FolderIn(session.Folder.Root)), font);
        var request = new IssueRequest(chart.Patient.Id, chosen?.EntryId, document.Title, JsonFormat.Serialize(slip), document);
        return PrintOutput.Produce(session, chart, request, font, parsed.GetValue(_common.Out), parsed.GetValue(_common.Printer));
    }
}
