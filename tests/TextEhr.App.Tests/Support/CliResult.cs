namespace TextEhr.App.Tests.Support;

/// <summary>What one in-process run of the command line returned and printed.</summary>
public sealed record CliResult(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}
