using System.CommandLine;
using TextEhr.App.Bench;
using TextEhr.App.Input;

namespace TextEhr.App.Cli;

/// <summary>
/// <c>textehr bench ui-start --data DIR --login L --password-stdin --kana K</c>: the child of the
/// <c>ui.start.search</c> and <c>ui.open.chart</c> bench rows (<see cref="UiStartProbe"/>); prints one
/// line of <c>key=value</c>. Hidden from help: it is not for clinics.
/// </summary>
internal sealed class BenchUiStartCommand : Command
{
    private readonly CliContext _context;
    private readonly Option<string?> _data = CommonOptions.Data();
    private readonly Option<string?> _login = CommonOptions.Text("--login", "ログインID", "LOGIN");
    private readonly Option<bool> _passwordStdin = new("--password-stdin") { Description = "パスワードを標準入力の1行目から読む" };
    private readonly Option<string?> _kana = CommonOptions.Text("--kana", "患者検索で打つカナ", "KANA");
    private readonly Option<string?> _timeout = CommonOptions.Text("--timeout-ms", "各画面を待つ最長ミリ秒 (既定 10000)", "MS");

    public BenchUiStartCommand(CliContext context)
        : base("ui-start", "起動からログイン・患者検索・カルテまでを測る (bench の子プロセス用)")
    {
        _context = context;
        Hidden = true;
        _data.Required = true;
        Options.Add(_data);
        Options.Add(_login);
        Options.Add(_passwordStdin);
        Options.Add(_kana);
        Options.Add(_timeout);
        SetAction(parsed => CommandRunner.Run(_context, "bench-ui-start", parsed.GetValue(_data), session => Execute(parsed, session)));
    }

    private int Execute(ParseResult parsed, CliSession session)
    {
        var errors = new InputErrors();
        var timeout = errors.OptionalValue("待ち時間(--timeout-ms)", parsed.GetValue(_timeout), t => WholeNumberInput.Parse(t, 1, 600_000));
        var password = parsed.GetValue(_passwordStdin) ? _context.In.ReadLine() ?? string.Empty : string.Empty;
        errors.ThrowIfAny();
        var times = UiStartProbe.Run(
            session.Database,
            session.Folder,
            parsed.GetValue(_login) ?? string.Empty,
            password,
            parsed.GetValue(_kana) ?? string.Empty,
            TimeSpan.FromMilliseconds(timeout ?? 10_000));
        _context.Out.WriteLine(times.ToLine());
        return times.SearchMs is null ? ExitCodes.Failure : ExitCodes.Ok;
    }
}
