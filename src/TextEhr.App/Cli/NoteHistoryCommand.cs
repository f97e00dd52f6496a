using System.CommandLine;
using TextEhr.App.Input;
using TextEhr.App.Output;
using TextEhr.Domain.Validation;

namespace TextEhr.App.Cli;

/// <summary>
/// <c>textehr note history ENTRY_ID</c>: every version, oldest first, with status (確定 or 一時保存),
/// author, times in JST, reason, content hash and content. Audited as a view.
/// </summary>
internal sealed class NoteHistoryCommand : Command
{
    private readonly CliContext _context;
    private readonly Argument<string> _entry = new("ENTRY_ID") { Description = "記載ID" };
    private readonly Option<string?> _data = CommonOptions.Data();
    private readonly Option<bool> _json = CommonOptions.Json();
    private readonly Option<string?> _user = CommonOptions.User();

    public NoteHistoryCommand(CliContext context)
        : base("history", "記載のすべての版を表示する")
    {
        _context = context;
        Arguments.Add(_entry);
        Options.Add(_data);
        Options.Add(_user);
        Options.Add(_json);
        SetAction(parsed => CommandRunner.Run(_context, "note history", parsed.GetValue(_data), session => Execute(parsed, session)));
    }

    private int Execute(ParseResult parsed, CliSession session)
    {
        var errors = new InputErrors();
        errors.Take(Fields.EntryId, WholeNumberInput.ParseId(parsed.GetValue(_entry) ?? string.Empty), out var entryId);
        errors.ThrowIfAny();

        session.RequireClinic();
        var user = session.ActingUser(parsed.GetValue(_user));
        var database = session.Database;
        var history = database.Charts.History(entryId, user.Id);
        if (history.Count == 0)
        {
            throw new ValidationException([new ValidationError(Fields.EntryId, CliMessages.EntryNotFound(entryId))]);
        }

        session.Log.Information("Chart entry {EntryId} history shown to {UserId}", entryId, user.Id);
        var users = UserNames.Load(database.Users);
        if (parsed.GetValue(_json))
        {
            JsonFormat.Write(session.Out, new NoteHistoryJson(entryId, history[0].PatientId, [.. history.Select(v => ChartVersionJson.From(v, users))]));
            return ExitCodes.Ok;
        }

        session.Out.WriteLine(CliMessages.NoteHistoryHeader(entryId, history.Count));
        foreach (var version in history)
        {
            ChartVersionText.Write(session.Out, version, users);
        }

        return ExitCodes.Ok;
    }
}
