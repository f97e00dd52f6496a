using System.CommandLine;
using TextEhr.App.Output;

namespace TextEhr.App.Cli;

/// <summary>
/// <c>textehr audit verify</c>: walks the hash chain; exit 0 when intact, 1 naming the first broken row.
/// </summary>
internal sealed class AuditVerifyCommand : Command
{
    private readonly CliContext _context;
    private readonly Option<string?> _data = CommonOptions.Data();
    private readonly Option<bool> _json = CommonOptions.Json();

    public AuditVerifyCommand(CliContext context)
        : base("verify", "監査ログのハッシュの鎖を確かめる (改ざん・欠落があれば行を示す)")
    {
        _context = context;
        Options.Add(_data);
        Options.Add(_json);
        SetAction(parsed => CommandRunner.Run(_context, "audit verify", parsed.GetValue(_data), session => Execute(parsed, session)));
    }

    private static int Execute(ParseResult parsed, CliSession session, Option<bool> json)
    {
        session.RequireClinic();
        var result = session.Database.Audit.Verify();
        var exitCode = result.IsIntact ? ExitCodes.Ok : ExitCodes.Failure;
        if (result.IsIntact)
        {
            session.Log.Information("Audit chain verified: {Rows} rows intact", result.RowsChecked);
        }
        else
        {
            session.Log.Warning("Audit chain broken at row {AuditId} after {Rows} rows", result.FirstBrokenId, result.RowsChecked);
        }

        if (parsed.GetValue(json))
        {
            JsonFormat.Write(session.Out, new AuditVerifyJson(result.IsIntact, result.RowsChecked, result.FirstBrokenId, result.Problem));
            return exitCode;
        }

        if (result.IsIntact)
        {
            session.Out.WriteLine(CliMessages.AuditIntact(result.RowsChecked));
        }
        else
        {
            var problem = result.Problem ?? string.Empty;
            session.Out.WriteLine(result.FirstBrokenId is { } row
                ? CliMessages.AuditBroken(row, problem)
                : CliMessages.AuditBrokenWithoutRow(problem));
        }

        return exitCode;
    }

    private int Execute(ParseResult parsed, CliSession session) => Execute(parsed, session, _json);
}
