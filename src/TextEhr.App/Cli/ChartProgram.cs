using System.CommandLine;
using TextEhr.App.Ui;
using TextEhr.Tui.Terminals;

namespace TextEhr.App.Cli;

/// <summary>
/// <c>textehr [--data DIR]</c> with no command: the full-screen chart on this terminal — the first-run
/// set-up on an empty folder, else the login screen.
/// </summary>
internal static class ChartProgram
{
    public static void Attach(RootCommand root, CliContext context)
    {
        var data = CommonOptions.Data();
        root.Options.Add(data);
        root.SetAction(parsed => Run(context, parsed.GetValue(data)));
    }

    private static int Run(CliContext context, string? dataOption)
    {
        if (!TerminalFactory.HasConsole)
        {
            context.Error.WriteLine(CliMessages.NeedsTerminal(CliApp.ExecutableName));
            return ExitCodes.Failure;
        }

        return CommandRunner.Run(context, "tui", dataOption, session =>
        {
            try
            {
                using var terminal = TerminalFactory.Create(time: context.Time);
                return TuiApp.Run(terminal, TuiApp.Services(session.Database, context.Time), session.Folder, session.Log, context.PasswordIterations);
            }
            catch (PlatformNotSupportedException)
            {
                context.Error.WriteLine(CliMessages.TerminalUnsupported);
                return ExitCodes.Failure;
            }
        });
    }
}
