using System.CommandLine;
using TextEhr.App.Input;
using TextEhr.App.Output;
using TextEhr.Domain.Clinical;

namespace TextEhr.App.Cli;

/// <summary><c>textehr patient add</c>: registers a patient (and any allergies given) after checking every field.</summary>
internal sealed class PatientAddCommand : Command
{
    private readonly CliContext _context;
    private readonly Option<string?> _data = CommonOptions.Data();
    private readonly Option<bool> _json = CommonOptions.Json();
    private readonly Option<string?> _user = CommonOptions.User();
    private readonly PatientOptions _fields = new();

    public PatientAddCommand(CliContext context)
        : base("add", "患者を登録する (--name、--kana、--sex、--birth は必須)")
    {
        _context = context;
        foreach (var option in _fields.All)
        {
            Options.Add(option);
        }

        Options.Add(_data);
        Options.Add(_user);
        Options.Add(_json);
        SetAction(parsed => CommandRunner.Run(_context, "patient add", parsed.GetValue(_data), session => Execute(parsed, session)));
    }

    private int Execute(ParseResult parsed, CliSession session)
    {
        var today = session.Today;
        var errors = new InputErrors();
        var changes = _fields.Read(parsed, today, errors);
        var patient = changes.Create(errors);
        errors.ThrowIfAny();
        PatientRules.Check(patient, today, errors);
        errors.ThrowIfAny();

        session.RequireClinic();
        var user = session.ActingUser(parsed.GetValue(_user));
        var database = session.Database;
        var saved = database.Patients.Add(patient, user.Id);
        session.Log.Information("Patient {PatientId} registered by {UserId}", saved.Id, user.Id);
        var allergies = new List<Allergy>();
        foreach (var allergy in changes.Allergies)
        {
            var added = database.Allergies.Add(allergy with { PatientId = saved.Id }, user.Id);
            session.Log.Information("Allergy {AllergyId} of patient {PatientId} recorded by {UserId}", added.Id, saved.Id, user.Id);
            allergies.Add(added);
        }

        if (parsed.GetValue(_json))
        {
            var record = new PatientRecord(saved, allergies, [], [], today);
            JsonFormat.Write(session.Out, PatientJson.From(record, UserNames.Load(database.Users)));
            return ExitCodes.Ok;
        }

        session.Out.WriteLine(CliMessages.PatientRegistered(saved.ChartNumber, saved.Id));
        if (allergies.Count > 0)
        {
            session.Out.WriteLine(CliMessages.AllergiesRegistered(allergies.Count));
        }

        return ExitCodes.Ok;
    }
}
