using System.CommandLine;
using TextEhr.App.Documents;
using TextEhr.App.Output;
using TextEhr.Documents.Fonts;
using TextEhr.Documents.Html;
using TextEhr.Documents.Referral;

namespace TextEhr.App.Cli;

/// <summary>
/// <c>textehr print referral --patient ID</c>: 診療情報提供書 filled from the chart, with the doctor's
/// fields from options or <c>--json FILE</c>; the PDF goes to <c>--out</c> and to <c>--printer</c>.
/// </summary>
internal sealed class PrintReferralCommand : Command
{
    private readonly CliContext _context;
    private readonly PrintOptions _common = new();
    private readonly Option<string?> _json = CommonOptions.Text("--json", "紹介状の項目を書いた JSON ファイル", "FILE");
    private readonly Option<string?> _toInstitution = CommonOptions.Text("--to-institution", "紹介先医療機関名");
    private readonly Option<string?> _toDepartment = CommonOptions.Text("--to-department", "紹介先の診療科");
    private readonly Option<string?> _toDoctor = CommonOptions.Text("--to-doctor", "紹介先の医師名");
    private readonly Option<string?> _purpose = CommonOptions.Text("--purpose", "紹介目的");
    private readonly Option<string?> _diagnoses = CommonOptions.Text("--diagnoses", "傷病名 (省略時は継続中の病名)");
    private readonly Option<string?> _history = CommonOptions.Text("--history", "既往歴及び家族歴");
    private readonly Option<string?> _course = CommonOptions.Text("--course", "症状経過及び検査結果 (省略時は最新の検査値)");
    private readonly Option<string?> _treatment = CommonOptions.Text("--treatment", "治療経過");
    private readonly Option<string?> _prescription = CommonOptions.Text("--prescription", "現在の処方 (省略時は前回の処方)");
    private readonly Option<string?> _remarks = CommonOptions.Text("--remarks", "備考");

    public PrintReferralCommand(CliContext context)
        : base("referral", "診療情報提供書 (様式11) を作る")
    {
        _context = context;
        _common.AddTo(this);
        foreach (var option in new[] { _json, _toInstitution, _toDepartment, _toDoctor, _purpose, _diagnoses, _history, _course, _treatment, _prescription, _remarks })
        {
            Options.Add(option);
        }

        SetAction(parsed => CommandRunner.Run(_context, "print referral", parsed.GetValue(_common.Data), session => Execute(parsed, session)));
    }

    private int Execute(ParseResult parsed, CliSession session)
    {
        var typed = new PrintReferralFields
        {
            ToInstitution = parsed.GetValue(_toInstitution),
            ToDepartment = parsed.GetValue(_toDepartment),
            ToDoctor = parsed.GetValue(_toDoctor),
            Purpose = parsed.GetValue(_purpose),
            Diagnoses = parsed.GetValue(_diagnoses),
            History = parsed.GetValue(_history),
            Course = parsed.GetValue(_course),
            Treatment = parsed.GetValue(_treatment),
            Prescription = parsed.GetValue(_prescription),
            Remarks = parsed.GetValue(_remarks),
        };
        var fields = parsed.GetValue(_json) is { Length: > 0 } json ? typed.Over(PrintReferralFields.Read(json)) : typed;
        var chart = PrintChart.Load(session, parsed.GetValue(_common.Patient), parsed.GetValue(_common.User));
        var letter = fields.ApplyTo(ReferralLetterModel.FromChart(
            chart.Patient, chart.Problems, chart.LastPrescription, chart.Results, chart.Allergies, chart.RecentEntries, chart.Clinic, chart.Doctor.DisplayName, chart.Today));
        var font = FontLocator.Find(_context.GetEnvironmentVariable);
        var templates = new TemplateStore(TemplateStore.FolderIn(session.Folder.Root));
        var document = ReferralLetterHtml.Render(letter, templates, font);
        var request = new IssueRequest(chart.Patient.Id, null, DocumentSources.Addressee(letter.ToInstitution, letter.ToDepartment, document.Title), JsonFormat.Serialize(letter), document);
        return PrintOutput.Produce(session, chart, request, font, parsed.GetValue(_common.Out), parsed.GetValue(_common.Printer));
    }
}
