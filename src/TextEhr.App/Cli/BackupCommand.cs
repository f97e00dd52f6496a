using System.CommandLine;
using TextEhr.App.Backup;
using TextEhr.App.Hosting;

namespace TextEhr.App.Cli;

/// <summary>
/// <c>textehr backup [DEST]</c>: an encrypted, verified backup of the clinic to DEST, else the USB stick
/// found, else the folder in settings (asks which when there are several). Subcommands set the
/// passphrase, check a file, and list the generations.
/// </summary>
internal sealed class BackupCommand : Command
{
    private readonly CliContext _context;
    private readonly Argument<string?> _destination = new("DEST")
    {
        Description = "バックアップ先のフォルダ (省略時は USB メモリ、なければ設定のフォルダ)",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private readonly Option<string?> _data = CommonOptions.Data();
    private readonly Option<string?> _user = CommonOptions.User();
    private readonly Option<string?> _passphraseFile = PassphraseFileOption();

    public BackupCommand(CliContext context)
        : base("backup", "暗号化したバックアップを USB メモリなどに作る (検証まで行う)")
    {
        _context = context;
        Arguments.Add(_destination);
        Options.Add(_data);
        Options.Add(_user);
        Options.Add(_passphraseFile);
        Subcommands.Add(new BackupPassphraseCommand(context));
        Subcommands.Add(new BackupVerifyCommand(context));
        Subcommands.Add(new BackupListCommand(context));
        Subcommands.Add(new BackupSheetCommand(context));
        SetAction(parsed => CommandRunner.Run(_context, "backup", parsed.GetValue(_data), session => Execute(parsed, session)));
    }

    public static Option<string?> PassphraseFileOption() =>
        CommonOptions.Text("--passphrase-file", "パスフレーズを書いたファイル (スクリプト用。省略時は設定済みのもの)", "FILE");

    /// <summary>DEST when given, else the one candidate, else the user's pick from a numbered list.</summary>
    public static string ChooseDestination(CliContext context, string? given, ClinicSettings settings)
    {
        if (!string.IsNullOrWhiteSpace(given))
        {
            return given;
        }

        return Choose(context, BackupDestinationFinder.Find(settings, context.RemovableDrives()));
    }

    /// <summary>The one candidate, or the user's pick from a numbered list of several.</summary>
    internal static string Choose(CliContext context, IReadOnlyList<BackupDestination> candidates)
    {
        if (candidates.Count == 0)
        {
            throw new CommandFailedException(BackupMessages.NoDestination);
        }

        if (candidates.Count == 1)
        {
            return candidates[0].Path;
        }

        for (var i = 0; i < candidates.Count; i++)
        {
            context.Out.WriteLine(BackupCliMessages.Choice(i + 1, candidates[i].Label));
        }

        context.Out.Write(BackupCliMessages.ChooseDestination);
        var answer = context.In.ReadLine()?.Trim();
        return int.TryParse(answer, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            && number >= 1 && number <= candidates.Count
            ? candidates[number - 1].Path
            : throw new CommandFailedException(BackupCliMessages.ChoiceInvalid, ExitCodes.BadInput);
    }

    private int Execute(ParseResult parsed, CliSession session)
    {
        session.RequireClinic();
        var settings = ClinicSettingsFile.Load(session.Folder);
        var destination = ChooseDestination(_context, parsed.GetValue(_destination), settings);
        var keeper = new PassphraseKeeper(session.Folder);
        var passphrase = BackupPassphraseInput.Given(_context, parsed.GetValue(_passphraseFile)) ?? keeper.Load()
            ?? throw new CommandFailedException(BackupMessages.NoPassphrase, ExitCodes.BadInput);
        var user = session.ActingUser(parsed.GetValue(_user));
        var service = new BackupService(session.Folder, _context.Time, new BackupOptions { UserId = user.Id });
        var printer = BackupProgressPrinter.For(session);
        var result = BackupRun.Wait(service.RunAsync(destination, passphrase, printer, CancellationToken.None), printer, session.Log);
        session.Log.Information(
            "Backup written: record {RecordId}, {SizeBytes} bytes, {PrunedCount} old generations removed, {Seconds:0.0} s",
            result.Record.Id,
            result.SizeBytes,
            result.Pruned.Count,
            result.Elapsed.TotalSeconds);
        session.Out.WriteLine(result.ResultLine);
        return ExitCodes.Ok;
    }
}
