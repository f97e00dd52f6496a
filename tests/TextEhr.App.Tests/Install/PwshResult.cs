namespace TextEhr.App.Tests.Install;

/// <summary>What a pwsh run left: its exit code and everything it wrote.</summary>
internal sealed record PwshResult(int ExitCode, string Output, string Error)
{
    /// <summary>Both streams, for failure messages.</summary>
    public override string ToString() => $"exit {ExitCode}\n--- output\n{Output}\n--- error\n{Error}";
}
