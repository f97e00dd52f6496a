using System.CommandLine;
using TextEhr.App.Input;
using TextEhr.App.Output;
using TextEhr.Domain.Clinical;
using TextEhr.Domain.Validation;

namespace TextEhr.App.Cli;

/// <summary>
/// <c>textehr note amend ENTRY_ID --reason R</c>: 訂正 of a confirmed entry. Copies the current
/// version, lays the given fields over it, saves it as the next version with the reason and confirms
/// it; the earlier versions stay readable.
/// </summary>
internal sealed class NoteAmendCommand : Command
{
    private readonly CliContext _context;
    private readonly Argument<string> _entry = new("ENTRY_ID") { Description = "訂正する記載ID" };
    private readonly Option<string?> _data = CommonOptions.Data();
    private readonly Option<bool> _json = CommonOptions.Json();
    private readonly Option<string?> _user = CommonOptions.User();
    private readonly Option<string?> _reason = CommonOptions.Text("--reason", "訂正理由 (必須)", "REASON");
    private readonly NoteOptions _fields = new();

    public NoteAmendCommand(CliContext context)
        : base("amend", "確定した記載を訂正する (新しい版として確定、元の版も残る)")
    {
        _context = context;
        Arguments.Add(_entry);
        Options.Add(_reason);
        foreach (var option in _fields.All)
        {
            Options.Add(option);
        }

        Options.Add(_data);
        Options.Add(_user);
        Options.Add(_json);
        SetAction(parsed => CommandRunner.Run(_context, "note amend", parsed.GetValue(_data), session => Execute(parsed, session)));
    }

    private int Execute(ParseResult parsed, CliSession session)
    {
        var errors = new InputErrors();
        errors.Take(Fields.EntryId, WholeNumberInput.ParseId(parsed.GetValue(_entry) ?? string.Empty), out var entryId);
        var reason = parsed.GetValue(_reason)?.Trim();
        if (string.IsNullOrEmpty(reason))
        {
            errors.Add(Fields.Reason, InputMessages.ReasonRequired);
        }

        var changes = _fields.Read(parsed, errors);
        errors.ThrowIfAny();
        if (changes.IsEmpty)
        {
            throw new ValidationException(CliMessages.NothingToChange);
        }

        session.RequireClinic();
        var user = session.ActingUser(parsed.GetValue(_user));
        DoctorCheck.RequireDoctor(user);
        var database = session.Database;
        var latest = Latest(database.Charts.History(entryId, user.Id), entryId);
        var content = changes.ApplyTo(latest.Content);
        var amended = database.Charts.Amend(entryId, content, reason!, user.Id);
        session.Log.Information("Chart entry {EntryId} amended as version {VersionId} by {UserId}", entryId, amended.Id, user.Id);
        var version = database.Charts.Confirm(amended.Id, user.Id);
        session.Log.Information("Chart entry {EntryId} version {VersionId} confirmed by {UserId}", entryId, version.Id, user.Id);
        if (parsed.GetValue(_json))
        {
            JsonFormat.Write(session.Out, ChartVersionJson.From(version, UserNames.Load(database.Users)));
            return ExitCodes.Ok;
        }

        session.Out.WriteLine(CliMessages.NoteAmended(entryId, version.Id, version.Version));
        return ExitCodes.Ok;
    }

    private static ChartEntryVersion Latest(IReadOnlyList<ChartEntryVersion> history, long entryId)
    {
        if (history.Count == 0)
        {
            throw new ValidationException([new ValidationError(Fields.EntryId, CliMessages.EntryNotFound(entryId))]);
        }

        var latest = history[^1];
        if (latest.Status == EntryStatus.Voided)
        {
            throw new ValidationException([new ValidationError(Fields.EntryId, CliMessages.EntryVoided(entryId))]);
        }

        return latest.IsConfirmed
            ? latest
            : throw new ValidationException([new ValidationError(Fields.EntryId, CliMessages.LatestIsDraft(entryId, latest.Id))]);
    }
}
