using System.CommandLine;
using TextEhr.App.Backup;
using TextEhr.App.Documents;
using TextEhr.App.Hosting;
using TextEhr.Domain.Audit;

namespace TextEhr.App.Cli;

/// <summary>
/// <c>textehr backup sheet [--out FILE.pdf] [--printer NAME] [--with-passphrase]</c>: the 復旧用シート as a
/// PDF (and on paper), without the passphrase unless asked.
/// </summary>
internal sealed class BackupSheetCommand : Command
{
    private readonly CliContext _context;
    private readonly Option<string?> _data = CommonOptions.Data();
    private readonly Option<string?> _out = CommonOptions.Text("--out", "PDF の保存先 (省略時はデータフォルダの documents)", "FILE");
    private readonly Option<string?> _printer = CommonOptions.Text("--printer", "印刷するプリンター (CUPS の名前)", "NAME");
    private readonly Option<bool> _withPassphrase = new("--with-passphrase") { Description = "パスフレーズもシートに印刷する (金庫に保管する場合のみ)" };

    public BackupSheetCommand(CliContext context)
        : base("sheet", "復旧用シート (バックアップの場所と復元のしかた) を PDF にする")
    {
        _context = context;
        Options.Add(_data);
        Options.Add(_out);
        Options.Add(_printer);
        Options.Add(_withPassphrase);
        SetAction(parsed => CommandRunner.Run(_context, "backup sheet", parsed.GetValue(_data), session => Execute(parsed, session)));
    }

    private int Execute(ParseResult parsed, CliSession session)
    {
        var profile = session.RequireClinic();
        string? passphrase = null;
        if (parsed.GetValue(_withPassphrase))
        {
            passphrase = new PassphraseKeeper(session.Folder).Load()
                ?? throw new CommandFailedException(BackupMessages.NoPassphrase, ExitCodes.BadInput);
        }

        var database = session.Database;
        var model = RecoverySheet.Model(profile, ClinicSettingsFile.Load(session.Folder), database.BackupRecords.Latest(), session.Today, passphrase);
        var document = RecoverySheet.Render(model, session.Folder, _context.GetEnvironmentVariable);
        var target = parsed.GetValue(_out) is { Length: > 0 } typed ? Path.GetFullPath(typed) : RecoverySheet.DefaultPath(session.Folder, session.Today);
        var issuer = new DocumentIssuer(database.Documents, session.Log, session.Folder.Root, _context.GetEnvironmentVariable, _context.Time);
        var outcome = issuer.ProduceAsync(document, target, parsed.GetValue(_printer), CancellationToken.None).GetAwaiter().GetResult();
        foreach (var line in outcome.Messages)
        {
            (outcome.Succeeded ? session.Out : _context.Error).WriteLine(line);
        }

        database.Audit.Append(new AuditEntry { Action = AuditAction.Print, Entity = "backup", Detail = passphrase is null ? "recovery-sheet" : "recovery-sheet with-passphrase" });
        session.Log.Information("Recovery sheet made: {Output}, passphrase printed {WithPassphrase}", outcome.Output, passphrase is not null);
        return outcome.Succeeded ? ExitCodes.Ok : ExitCodes.Failure;
    }
}
