using System.CommandLine;
using TextEhr.App.Input;
using TextEhr.App.Output;
using TextEhr.Domain.Validation;

namespace TextEhr.App.Cli;

/// <summary><c>textehr patient edit ID|患者番号</c>: changes only the fields given; the store keeps the old values.</summary>
internal sealed class PatientEditCommand : Command
{
    private readonly CliContext _context;
    private readonly Argument<string> _patient = new("ID|患者番号") { Description = "変更する患者の患者番号 (または ID)" };
    private readonly Option<string?> _data = CommonOptions.Data();
    private readonly Option<bool> _json = CommonOptions.Json();
    private readonly Option<string?> _user = CommonOptions.User();
    private readonly PatientOptions _fields = new();

    public PatientEditCommand(CliContext context)
        : base("edit", "患者情報を変更する (指定した項目だけが変わる。--allergy は追加)")
    {
        _context = context;
        Arguments.Add(_patient);
        foreach (var option in _fields.All)
        {
            Options.Add(option);
        }

        Options.Add(_data);
        Options.Add(_user);
        Options.Add(_json);
        SetAction(parsed => CommandRunner.Run(_context, "patient edit", parsed.GetValue(_data), session => Execute(parsed, session)));
    }

    private int Execute(ParseResult parsed, CliSession session)
    {
        var today = session.Today;
        var errors = new InputErrors();
        var changes = _fields.Read(parsed, today, errors);
        errors.ThrowIfAny();
        if (!changes.ChangesRecord && changes.Allergies.Count == 0)
        {
            throw new ValidationException(CliMessages.NothingToChange);
        }

        session.RequireClinic();
        var user = session.ActingUser(parsed.GetValue(_user));
        var database = session.Database;
        var typed = parsed.GetValue(_patient) ?? string.Empty;
        var current = PatientLookup.Open(database.Patients, typed, user.Id);
        var edited = changes.ApplyTo(current, errors);
        errors.ThrowIfAny();
        PatientRules.Check(edited, today, errors);
        errors.ThrowIfAny();

        var saved = changes.ChangesRecord ? database.Patients.Update(edited, user.Id) : current;
        if (changes.ChangesRecord)
        {
            session.Log.Information("Patient {PatientId} updated to revision {Revision} by {UserId}", saved.Id, saved.Revision, user.Id);
        }

        foreach (var allergy in changes.Allergies)
        {
            var added = database.Allergies.Add(allergy with { PatientId = saved.Id }, user.Id);
            session.Log.Information("Allergy {AllergyId} of patient {PatientId} recorded by {UserId}", added.Id, saved.Id, user.Id);
        }

        if (parsed.GetValue(_json))
        {
            var record = new PatientRecord(saved, database.Allergies.ForPatient(saved.Id), database.Problems.ForPatient(saved.Id), [], today);
            JsonFormat.Write(session.Out, PatientJson.From(record, UserNames.Load(database.Users)));
            return ExitCodes.Ok;
        }

        session.Out.WriteLine(CliMessages.PatientUpdated(saved.ChartNumber, saved.Id, saved.Revision));
        if (changes.Allergies.Count > 0)
        {
            session.Out.WriteLine(CliMessages.AllergiesRegistered(changes.Allergies.Count));
        }

        return ExitCodes.Ok;
    }
}
