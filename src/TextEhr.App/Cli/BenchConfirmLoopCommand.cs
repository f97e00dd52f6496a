using System.CommandLine;
using TextEhr.App.Bench;
using TextEhr.App.Input;

namespace TextEhr.App.Cli;

/// <summary>
/// <c>textehr bench confirm-loop --data DIR</c>: the crash-safety test's child, which confirms notes
/// until it is killed (<see cref="ConfirmLoop"/>). Hidden from help: it is not for clinics.
/// </summary>
internal sealed class BenchConfirmLoopCommand : Command
{
    private readonly CliContext _context;
    private readonly Option<string?> _data = CommonOptions.Data();

    public BenchConfirmLoopCommand(CliContext context)
        : base("confirm-loop", "確定を繰り返す (クラッシュ試験の子プロセス用)")
    {
        _context = context;
        Hidden = true;
        _data.Required = true;
        Options.Add(_data);
        SetAction(Execute);
    }

    private int Execute(ParseResult parsed)
    {
        var folder = parsed.GetValue(_data);
        if (string.IsNullOrWhiteSpace(folder))
        {
            _context.Error.WriteLine(CliMessages.ErrorLine(Fields.DataFolder, CliMessages.DataFolderInvalid(folder ?? string.Empty)));
            return ExitCodes.BadInput;
        }

        return ConfirmLoop.Run(Path.GetFullPath(folder), _context.Out);
    }
}
