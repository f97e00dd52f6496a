using System.CommandLine;
using TextEhr.App.Backup;

namespace TextEhr.App.Cli;

/// <summary><c>textehr backup verify FILE</c>: reads a backup to its end and says whether it can be restored.</summary>
internal sealed class BackupVerifyCommand : Command
{
    private readonly CliContext _context;
    private readonly Argument<string> _file = new("FILE") { Description = "確かめるバックアップファイル (.ehrbk)" };
    private readonly Option<string?> _data = CommonOptions.Data();
    private readonly Option<string?> _passphraseFile = BackupCommand.PassphraseFileOption();

    public BackupVerifyCommand(CliContext context)
        : base("verify", "バックアップファイルが壊れていないか、最後まで読んで確かめる")
    {
        _context = context;
        Arguments.Add(_file);
        Options.Add(_data);
        Options.Add(_passphraseFile);
        SetAction(parsed => CommandRunner.Run(_context, "backup verify", parsed.GetValue(_data), session => Execute(parsed, session)));
    }

    private int Execute(ParseResult parsed, CliSession session)
    {
        var passphrase = BackupPassphraseInput.Resolve(_context, parsed.GetValue(_passphraseFile), new PassphraseKeeper(session.Folder));
        var service = new BackupService(session.Folder, _context.Time);
        var file = parsed.GetValue(_file) ?? string.Empty;
        var printer = BackupProgressPrinter.For(session);
        var result = BackupRun.WithPassphrase(_context, passphrase, printer, text => service.VerifyAsync(file, text, printer, CancellationToken.None), session.Log);
        session.Log.Information("Backup file verified: schema {SchemaVersion}", result.SchemaVersion);
        session.Out.WriteLine(result.ResultLine);
        return ExitCodes.Ok;
    }
}
