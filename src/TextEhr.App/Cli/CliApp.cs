using System.CommandLine;
using System.CommandLine.Invocation;

namespace TextEhr.App.Cli;

/// <summary>
/// The command line as a function: arguments in, exit code out, output to the context's writers.
/// <see cref="Program.Main"/> and the tests call the same <see cref="Run"/>.
/// </summary>
public static class CliApp
{
    public const string ExecutableName = "textehr";

    public static int Run(string[] args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var root = CreateRootCommand(context);
        var parsed = root.Parse(args);
        if (parsed.Action is ParseErrorAction)
        {
            foreach (var error in parsed.Errors)
            {
                context.Error.WriteLine(error.Message);
            }

            context.Error.WriteLine(CliMessages.HelpHint(CommandPath(parsed)));
            return ExitCodes.BadInput;
        }

        return parsed.Invoke(new InvocationConfiguration
        {
            Output = context.Out,
            Error = context.Error,
            EnableDefaultExceptionHandler = false,
        });
    }

    public static RootCommand CreateRootCommand(CliContext context)
    {
        var root = new RootCommand(CliMessages.RootDescription)
        {
            new InitCommand(context),
            new DemoCommand(context),
            new PatientCommand(context),
            new NoteCommand(context),
            new PrintCommand(context),
            new AuditCommand(context),
            new CheckCommand(context),
            new BackupCommand(context),
            new RestoreCommand(context),
            new BenchCommand(context),
            new GalleryCommand(context),
        };
        ChartProgram.Attach(root, context);
        return root;
    }

    /// <summary><c>textehr patient add</c>: the deepest command the parser recognised.</summary>
    private static string CommandPath(ParseResult parsed)
    {
        var names = new List<string>();
        for (var result = parsed.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Add(result.Command is RootCommand ? ExecutableName : result.Command.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }
}
