using System.CommandLine;
using TextEhr.App.Input;
using TextEhr.App.Output;

namespace TextEhr.App.Cli;

/// <summary>
/// <c>textehr patient show ID|患者番号</c>: every field, 和暦 birth and 満年齢, insurance with the derived
/// 負担割合 and its reason, 公費, allergies, problems and the latest chart entries. Audited as a view.
/// </summary>
internal sealed class PatientShowCommand : Command
{
    public const int DefaultVisits = 5;

    private readonly CliContext _context;
    private readonly Argument<string> _patient = new("ID|患者番号") { Description = "表示する患者の患者番号 (または ID)" };
    private readonly Option<string?> _data = CommonOptions.Data();
    private readonly Option<bool> _json = CommonOptions.Json();
    private readonly Option<string?> _user = CommonOptions.User();
    private readonly Option<string?> _visits = CommonOptions.Text("--visits", "表示する最近の記載の数 (既定 5)", "N");

    public PatientShowCommand(CliContext context)
        : base("show", "患者の情報をすべて表示する")
    {
        _context = context;
        Arguments.Add(_patient);
        Options.Add(_visits);
        Options.Add(_data);
        Options.Add(_user);
        Options.Add(_json);
        SetAction(parsed => CommandRunner.Run(_context, "patient show", parsed.GetValue(_data), session => Execute(parsed, session)));
    }

    private int Execute(ParseResult parsed, CliSession session)
    {
        var errors = new InputErrors();
        var visits = errors.OptionalValue(Fields.Limit, parsed.GetValue(_visits), t => WholeNumberInput.Parse(t, 0, 1000));
        errors.ThrowIfAny();

        session.RequireClinic();
        var user = session.ActingUser(parsed.GetValue(_user));
        var database = session.Database;
        var patient = PatientLookup.Open(database.Patients, parsed.GetValue(_patient) ?? string.Empty, user.Id);
        var recent = visits is 0 ? [] : database.Charts.Recent(patient.Id, visits ?? DefaultVisits, user.Id);
        var record = new PatientRecord(
            patient,
            database.Allergies.ForPatient(patient.Id),
            database.Problems.ForPatient(patient.Id),
            recent,
            session.Today);
        session.Log.Information("Patient {PatientId} shown to {UserId}", patient.Id, user.Id);
        var users = UserNames.Load(database.Users);
        if (parsed.GetValue(_json))
        {
            JsonFormat.Write(session.Out, PatientJson.From(record, users));
        }
        else
        {
            PatientText.Write(session.Out, record, users);
        }

        return ExitCodes.Ok;
    }
}
