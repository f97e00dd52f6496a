using System.CommandLine;
using TextEhr.App.Backup;

namespace TextEhr.App.Cli;

/// <summary>
/// <c>textehr restore FILE [--data DIR]</c>: checks the whole backup first, keeps the current database
/// aside under a dated name, swaps in the backup's, opens and migrates it, and says what it restored.
/// Refused while the chart program has the database open. <c>--user LOGIN</c> names who restored in the audit
/// row, as for the other writing commands; the login is looked up in the restored database (on a new PC it is
/// the only one), and an unknown or retired login undoes the restore.
/// </summary>
internal sealed class RestoreCommand : Command
{
    private readonly CliContext _context;
    private readonly Argument<string> _file = new("FILE") { Description = "復元するバックアップファイル (.ehrbk)" };
    private readonly Option<string?> _data = CommonOptions.Data();
    private readonly Option<string?> _user = CommonOptions.User();
    private readonly Option<string?> _passphraseFile = BackupCommand.PassphraseFileOption();

    public RestoreCommand(CliContext context)
        : base("restore", "バックアップから復元する (今のデータは日付付きの名前で残す)")
    {
        _context = context;
        Arguments.Add(_file);
        Options.Add(_data);
        Options.Add(_user);
        Options.Add(_passphraseFile);
        SetAction(parsed => CommandRunner.Run(_context, "restore", parsed.GetValue(_data), session => Execute(parsed, session)));
    }

    private int Execute(ParseResult parsed, CliSession session)
    {
        // The database is not opened here: the restorer must find it free, and opens it itself after the swap.
        var passphrase = BackupPassphraseInput.Resolve(_context, parsed.GetValue(_passphraseFile), new PassphraseKeeper(session.Folder));
        var login = parsed.GetValue(_user);
        var service = new BackupService(session.Folder, _context.Time, new BackupOptions { RestoringUser = restored => CliSession.ActingUser(restored, login)?.Id });
        var file = parsed.GetValue(_file) ?? string.Empty;
        var printer = BackupProgressPrinter.For(session);
        var result = BackupRun.WithPassphrase(_context, passphrase, printer, text => service.RestoreAsync(file, text, printer, CancellationToken.None), session.Log);
        session.Log.Information(
            "Restored a backup: schema {SchemaVersion}, {Patients} patients, {Entries} chart entries, previous database kept: {KeptAside}",
            result.SchemaVersion,
            result.Patients,
            result.ChartEntries,
            result.SetAsidePath is not null);
        session.Out.WriteLine(result.ResultLine);
        return ExitCodes.Ok;
    }
}
