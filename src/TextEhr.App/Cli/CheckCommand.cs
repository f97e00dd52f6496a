using System.CommandLine;
using TextEhr.App.Output;

namespace TextEhr.App.Cli;

/// <summary><c>textehr check</c>: the database's integrity check; exit 1 when it finds problems.</summary>
internal sealed class CheckCommand : Command
{
    private readonly CliContext _context;
    private readonly Option<string?> _data = CommonOptions.Data();
    private readonly Option<bool> _json = CommonOptions.Json();

    public CheckCommand(CliContext context)
        : base("check", "データベースの整合性を確かめる")
    {
        _context = context;
        Options.Add(_data);
        Options.Add(_json);
        SetAction(parsed => CommandRunner.Run(_context, "check", parsed.GetValue(_data), session => Execute(parsed, session)));
    }

    private int Execute(ParseResult parsed, CliSession session)
    {
        session.RequireClinic();
        var database = session.Database;
        var report = database.CheckIntegrity();
        var exitCode = report.IsOk ? ExitCodes.Ok : ExitCodes.Failure;
        session.Log.Information("Integrity check found {ProblemCount} problems", report.Problems.Count);
        if (parsed.GetValue(_json))
        {
            JsonFormat.Write(session.Out, new IntegrityJson(report.IsOk, database.SchemaVersion, report.Problems));
            return exitCode;
        }

        if (report.IsOk)
        {
            session.Out.WriteLine(CliMessages.IntegrityOk(database.SchemaVersion));
            return exitCode;
        }

        session.Out.WriteLine(CliMessages.IntegrityProblems(report.Problems.Count));
        foreach (var problem in report.Problems)
        {
            session.Out.WriteLine("  " + problem);
        }

        return exitCode;
    }
}
