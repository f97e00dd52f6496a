using System.Diagnostics;
using System.Text;

namespace TextEhr.EndToEnd.Tests.Support;

/// <summary>The real <c>textehr</c> as built beside these tests, started through the same dotnet host as the test run.</summary>
internal static class TextehrProgram
{
    public static string Dll { get; } = Path.Combine(AppContext.BaseDirectory, "textehr.dll");

    /// <summary>The SDK sets DOTNET_HOST_PATH for test runs; the test host itself usually runs under dotnet too.</summary>
    public static string DotnetHost { get; } =
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host
        : Environment.ProcessPath is { } path && string.Equals(Path.GetFileNameWithoutExtension(path), "dotnet", StringComparison.Ordinal) ? path
        : "dotnet";

    /// <summary>A single-quoted word for sh: the paths are under /tmp and the test folder, but quote anyway.</summary>
    public static string ShellQuote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    /// <summary>Runs <c>textehr ARGS</c> with its standard streams on pipes and waits for it (30 s at most).</summary>
    public static async Task<ProgramRun> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(DotnetHost)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return new ProgramRun(process.ExitCode, await output, await error);
    }
}
