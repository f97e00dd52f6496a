using System.CommandLine;
using TextEhr.App.Input;
using TextEhr.App.Output;
using TextEhr.Domain.Validation;

namespace TextEhr.App.Cli;

/// <summary><c>textehr note confirm VERSION_ID</c>: 確定 of a draft; from then on it never changes.</summary>
internal sealed class NoteConfirmCommand : Command
{
    private readonly CliContext _context;
    private readonly Argument<string> _version = new("VERSION_ID") { Description = "確定する版ID (note add が表示したもの)" };
    private readonly Option<string?> _data = CommonOptions.Data();
    private readonly Option<bool> _json = CommonOptions.Json();
    private readonly Option<string?> _user = CommonOptions.User();

    public NoteConfirmCommand(CliContext context)
        : base("confirm", "一時保存の記載を確定する")
    {
        _context = context;
        Arguments.Add(_version);
        Options.Add(_data);
        Options.Add(_user);
        Options.Add(_json);
        SetAction(parsed => CommandRunner.Run(_context, "note confirm", parsed.GetValue(_data), session => Execute(parsed, session)));
    }

    private int Execute(ParseResult parsed, CliSession session)
    {
        var errors = new InputErrors();
        errors.Take(Fields.VersionId, WholeNumberInput.ParseId(parsed.GetValue(_version) ?? string.Empty), out var versionId);
        errors.ThrowIfAny();

        session.RequireClinic();
        var user = session.ActingUser(parsed.GetValue(_user));
        DoctorCheck.RequireDoctor(user);
        var database = session.Database;
        var draft = database.Charts.GetVersion(versionId)
            ?? throw new ValidationException([new ValidationError(Fields.VersionId, CliMessages.VersionNotFound(versionId))]);
        if (draft.IsConfirmed)
        {
            throw new ValidationException([new ValidationError(Fields.VersionId, CliMessages.AlreadyConfirmed(versionId))]);
        }

        var version = database.Charts.Confirm(versionId, user.Id);
        session.Log.Information("Chart entry {EntryId} version {VersionId} confirmed by {UserId}", version.EntryId, version.Id, user.Id);
        if (parsed.GetValue(_json))
        {
            JsonFormat.Write(session.Out, ChartVersionJson.From(version, UserNames.Load(database.Users)));
            return ExitCodes.Ok;
        }

        session.Out.WriteLine(CliMessages.NoteConfirmed(version.EntryId, version.Id, version.Version));
        return ExitCodes.Ok;
    }
}
