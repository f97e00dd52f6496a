using System.CommandLine;
using TextEhr.App.Backup;
using TextEhr.App.Hosting;

namespace TextEhr.App.Cli;

/// <summary>
/// <c>textehr backup list [DEST]</c>: the backup files there, newest first, with time, size and whether
/// this clinic's records show them written and verified.
/// </summary>
internal sealed class BackupListCommand : Command
{
    private readonly CliContext _context;
    private readonly Argument<string?> _destination = new("DEST")
    {
        Description = "バックアップ先のフォルダ (省略時は USB メモリ、なければ設定のフォルダ)",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private readonly Option<string?> _data = CommonOptions.Data();

    public BackupListCommand(CliContext context)
        : base("list", "バックアップ先にある世代の一覧を表示する")
    {
        _context = context;
        Arguments.Add(_destination);
        Options.Add(_data);
        SetAction(parsed => CommandRunner.Run(_context, "backup list", parsed.GetValue(_data), session => Execute(parsed, session)));
    }

    private int Execute(ParseResult parsed, CliSession session)
    {
        var destination = BackupCommand.ChooseDestination(_context, parsed.GetValue(_destination), ClinicSettingsFile.Load(session.Folder));
        var generations = new BackupService(session.Folder, _context.Time).List(destination);
        if (generations.Count == 0)
        {
            session.Out.WriteLine(BackupCliMessages.NoGenerations + Path.GetFullPath(destination));
            return ExitCodes.Ok;
        }

        session.Out.WriteLine(BackupCliMessages.ListHeader);
        foreach (var generation in generations)
        {
            session.Out.WriteLine(BackupCliMessages.GenerationLine(
                BackupMessages.Stamp(generation.CreatedAt), BackupMessages.Size(generation.SizeBytes), generation.Verified, generation.FileName));
        }

        return ExitCodes.Ok;
    }
}
