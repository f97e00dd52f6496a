using System.CommandLine;
using TextEhr.App.Input;
using TextEhr.App.Output;
using TextEhr.Domain.Clinical;
using TextEhr.Domain.Validation;

namespace TextEhr.App.Cli;

/// <summary>
/// <c>textehr note add PATIENT</c>: writes a visit's page as a draft (一時保存), and confirms it (確定)
/// with <c>--confirm</c>.
/// </summary>
internal sealed class NoteAddCommand : Command
{
    private readonly CliContext _context;
    private readonly Argument<string> _patient = new("PATIENT") { Description = "患者番号 (または ID)" };
    private readonly Option<string?> _data = CommonOptions.Data();
    private readonly Option<bool> _json = CommonOptions.Json();
    private readonly Option<string?> _user = CommonOptions.User();
    private readonly Option<string?> _date = CommonOptions.Text("--date", "診療日 (既定は今日。R7.1.10、2025-01-10 など)", "DATE");
    private readonly Option<bool> _confirm = new("--confirm") { Description = "保存と同時に確定する" };
    private readonly NoteOptions _fields = new();

    public NoteAddCommand(CliContext context)
        : base("add", "カルテに記載する (一時保存、--confirm で確定)")
    {
        _context = context;
        Arguments.Add(_patient);
        Options.Add(_date);
        foreach (var option in _fields.All)
        {
            Options.Add(option);
        }

        Options.Add(_confirm);
        Options.Add(_data);
        Options.Add(_user);
        Options.Add(_json);
        SetAction(parsed => CommandRunner.Run(_context, "note add", parsed.GetValue(_data), session => Execute(parsed, session)));
    }

    private int Execute(ParseResult parsed, CliSession session)
    {
        var today = session.Today;
        var errors = new InputErrors();
        var date = errors.OptionalValue(Fields.VisitDate, parsed.GetValue(_date), t => DateInput.ParseNotAfter(t, today));
        var content = _fields.Read(parsed, errors).ApplyTo(new ChartEntryContent());
        errors.ThrowIfAny();
        if (content.IsEmpty)
        {
            throw new ValidationException([new ValidationError(Fields.Content, InputMessages.EmptyNote)]);
        }

        session.RequireClinic();
        var user = session.ActingUser(parsed.GetValue(_user));
        var confirm = parsed.GetValue(_confirm);
        if (confirm)
        {
            DoctorCheck.RequireDoctor(user);
        }

        var database = session.Database;
        var patient = PatientLookup.Open(database.Patients, parsed.GetValue(_patient) ?? string.Empty, user.Id);
        var version = database.Charts.CreateDraft(patient.Id, date ?? today, content, user.Id);
        session.Log.Information(
            "Chart entry {EntryId} version {VersionId} drafted for patient {PatientId} by {UserId}",
            version.EntryId,
            version.Id,
            patient.Id,
            user.Id);
        if (confirm)
        {
            version = database.Charts.Confirm(version.Id, user.Id);
            session.Log.Information("Chart entry {EntryId} version {VersionId} confirmed by {UserId}", version.EntryId, version.Id, user.Id);
        }

        if (parsed.GetValue(_json))
        {
            JsonFormat.Write(session.Out, ChartVersionJson.From(version, UserNames.Load(database.Users)));
            return ExitCodes.Ok;
        }

        session.Out.WriteLine(confirm
            ? CliMessages.NoteConfirmed(version.EntryId, version.Id, version.Version)
            : CliMessages.NoteSaved(version.EntryId, version.Id, version.Version));
        return ExitCodes.Ok;
    }
}
