using System.CommandLine;
using TextEhr.App.Backup;

namespace TextEhr.App.Cli;

/// <summary>
/// <c>textehr backup passphrase</c>: sets the clinic's backup passphrase once (typed twice), kept for this
/// OS user so routine backups do not ask.
/// </summary>
internal sealed class BackupPassphraseCommand : Command
{
    private readonly CliContext _context;
    private readonly Option<string?> _data = CommonOptions.Data();
    private readonly Option<string?> _passphraseFile = BackupCommand.PassphraseFileOption();

    public BackupPassphraseCommand(CliContext context)
        : base("passphrase", "バックアップのパスフレーズを設定する (2 回入力)")
    {
        _context = context;
        Options.Add(_data);
        Options.Add(_passphraseFile);
        SetAction(parsed => CommandRunner.Run(_context, "backup passphrase", parsed.GetValue(_data), session => Execute(parsed, session)));
    }

    private int Execute(ParseResult parsed, CliSession session)
    {
        session.RequireClinic();
        var passphrase = BackupPassphraseInput.Given(_context, parsed.GetValue(_passphraseFile));
        if (passphrase is null)
        {
            passphrase = BackupPassphraseInput.Ask(_context, BackupCliMessages.AskPassphrase) ?? string.Empty;
            if (PassphraseRules.Check(passphrase) is null
                && !string.Equals(passphrase, BackupPassphraseInput.Ask(_context, BackupCliMessages.AskPassphraseAgain), StringComparison.Ordinal))
            {
                throw new CommandFailedException(PassphraseRules.Mismatch, ExitCodes.BadInput);
            }
        }

        if (PassphraseRules.Check(passphrase) is { } reason)
        {
            throw new CommandFailedException(reason, ExitCodes.BadInput);
        }

        new PassphraseKeeper(session.Folder).Save(passphrase);
        session.Log.Information("Backup passphrase set");
        session.Out.WriteLine(BackupCliMessages.PassphraseSet);
        return ExitCodes.Ok;
    }
}
