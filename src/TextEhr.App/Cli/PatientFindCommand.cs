using System.CommandLine;
using TextEhr.App.Input;
using TextEhr.App.Output;

namespace TextEhr.App.Cli;

/// <summary>
/// <c>textehr patient find TEXT</c>: カナ prefix, 漢字 substring, 患者番号, 生年月日 (和暦 or 西暦) or phone
/// digits, as the store routes it.
/// </summary>
internal sealed class PatientFindCommand : Command
{
    public const int DefaultLimit = 20;

    public const int MaximumLimit = 1000;

    private readonly CliContext _context;
    private readonly Argument<string> _text = new("TEXT") { Description = "カナ、漢字、患者番号、生年月日、電話番号" };
    private readonly Option<string?> _data = CommonOptions.Data();
    private readonly Option<bool> _json = CommonOptions.Json();
    private readonly Option<string?> _limit = CommonOptions.Text("--limit", "表示する最大件数 (既定 20)", "N");

    public PatientFindCommand(CliContext context)
        : base("find", "患者を探す")
    {
        _context = context;
        Arguments.Add(_text);
        Options.Add(_limit);
        Options.Add(_data);
        Options.Add(_json);
        SetAction(parsed => CommandRunner.Run(_context, "patient find", parsed.GetValue(_data), session => Execute(parsed, session)));
    }

    private int Execute(ParseResult parsed, CliSession session)
    {
        var errors = new InputErrors();
        var text = parsed.GetValue(_text)?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            errors.Add(Fields.SearchText, InputMessages.SearchTextEmpty);
        }

        var limit = errors.OptionalValue(Fields.Limit, parsed.GetValue(_limit), t => WholeNumberInput.Parse(t, 1, MaximumLimit));
        errors.ThrowIfAny();

        session.RequireClinic();
        var found = session.Database.Patients.Search(text, limit ?? DefaultLimit);
        session.Log.Information("Patient search returned {Count} rows", found.Count);
        var today = session.Today;
        if (parsed.GetValue(_json))
        {
            JsonFormat.Write(session.Out, found.Select(p => PatientSummaryJson.From(p, today)).ToList());
            return ExitCodes.Ok;
        }

        if (found.Count == 0)
        {
            session.Out.WriteLine(CliMessages.NoPatientsFound(text));
            return ExitCodes.Ok;
        }

        PatientListText.Write(session.Out, found, today);
        session.Out.WriteLine(CliMessages.PatientsFound(found.Count));
        return ExitCodes.Ok;
    }
}
