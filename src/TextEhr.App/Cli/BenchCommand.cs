using System.CommandLine;
using TextEhr.App.Bench;
using TextEhr.App.Input;

namespace TextEhr.App.Cli;

/// <summary>
/// <c>textehr bench</c>: builds a synthetic clinic in a work folder (a temporary one by default, never
/// the clinic's data folder) and prints median and p99 per operation.
/// </summary>
internal sealed class BenchCommand : Command
{
    public const int DefaultPatients = 100_000;

    private readonly CliContext _context;
    private readonly Option<bool> _json = CommonOptions.Json();
    private readonly Option<string?> _patients = CommonOptions.Text("--patients", "患者数 (既定 100000)", "N");
    private readonly Option<string?> _only = CommonOptions.Text("--only", "名前にこの語を含む計測だけを行う (例: backup)", "NAME");
    private readonly Option<string?> _work = CommonOptions.Text("--work", "作業フォルダ (既定は一時フォルダ。診療所のデータフォルダは使わない)", "DIR");

    public BenchCommand(CliContext context)
        : base("bench", "性能を測る (合成データの診療所を作業フォルダに作って測る)")
    {
        _context = context;
        Options.Add(_patients);
        Options.Add(_work);
        Options.Add(_json);
        Options.Add(_only);
        Subcommands.Add(new BenchConfirmLoopCommand(context));
        Subcommands.Add(new BenchUiStartCommand(context));
        SetAction(Execute);
    }

    private int Execute(ParseResult parsed)
    {
        var errors = new InputErrors();
        var patients = errors.OptionalValue(Fields.PatientCount, parsed.GetValue(_patients), t => WholeNumberInput.Parse(t, 1, DemoCommand.MaximumPatients));
        var work = parsed.GetValue(_work);
        if (work is not null && string.IsNullOrWhiteSpace(work))
        {
            errors.Add(Fields.WorkFolder, CliMessages.DataFolderInvalid(work));
        }

        if (errors.HasAny)
        {
            foreach (var error in errors.All)
            {
                _context.Error.WriteLine(CliMessages.ErrorLine(error.Field, error.Message));
            }

            return ExitCodes.BadInput;
        }

        return BenchmarkRunner.Run(new BenchOptions(patients ?? DefaultPatients, work, parsed.GetValue(_json), Only: parsed.GetValue(_only)), _context.Out);
    }
}
