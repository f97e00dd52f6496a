using TextEhr.App.Cli;

namespace TextEhr.App;

/// <summary>The composition root: the command line on the real console.</summary>
public static class Program
{
    /// <summary>Entry point of <c>textehr</c>.</summary>
    public static int Main(string[] args) => CliApp.Run(args, CliContext.ForConsole());
}
