using System.Diagnostics;

namespace TextEhr.App.Tests.Install;

/// <summary>
/// The real PowerShell 7 (<c>pwsh</c>) that runs install.ps1 in the tests: <c>TEXTEHR_PWSH</c> (set by .ci/run),
/// else the repository's <c>.tools/pwsh/pwsh</c>, else <c>pwsh</c> on the PATH, else the repository's copy is
/// installed once as a .NET tool, so the README's test command needs nothing beyond the SDK and Debian's packages.
/// Where even that fails, the tests fail, never skip.
/// </summary>
internal static class PwshProcess
{
    public const string EnvironmentVariable = "TEXTEHR_PWSH";

    // 7.7.0 does not install on this registry; 7.6.10 is the version .ci/run installs too.
    private const string ToolVersion = "7.6.10";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    private static readonly Lazy<string> Located = new(Locate, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string RepositoryRoot => Path.GetDirectoryName(InstallScript.PathOnDisk)!;

    /// <summary>Runs <c>pwsh -NoProfile -NonInteractive</c> with <paramref name="arguments"/> and the given environment changes (null removes a variable).</summary>
    public static PwshResult Run(IEnumerable<string> arguments, IReadOnlyDictionary<string, string?> environment)
    {
        var start = new ProcessStartInfo(Located.Value)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryRoot,
        };
        start.ArgumentList.Add("-NoProfile");
        start.ArgumentList.Add("-NonInteractive");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["POWERSHELL_TELEMETRY_OPTOUT"] = "1";
        start.Environment["POWERSHELL_UPDATECHECK"] = "Off";
        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("pwsh did not start");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"pwsh did not finish within {Timeout.TotalSeconds} s: {string.Join(' ', arguments)}");
        }

        process.WaitForExit();
        return new PwshResult(process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }

    private static string Locate()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            Assert.True(File.Exists(configured), $"{EnvironmentVariable} is {configured}, which does not exist.");
            return configured;
        }

        var name = OperatingSystem.IsWindows() ? "pwsh.exe" : "pwsh";
        var toolFolder = Path.Combine(RepositoryRoot, ".tools", "pwsh");
        var candidates = new[] { Path.Combine(toolFolder, name) }
            .Concat((Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
                .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Select(folder => Path.Combine(folder, name)));
        var found = candidates.FirstOrDefault(File.Exists) ?? InstallTool(toolFolder, name);
        if (found is null)
        {
            Assert.Fail("pwsh (PowerShell 7) is not installed and could not be installed, so the install.ps1 tests cannot run it. "
                + $"By hand: dotnet tool install PowerShell --version {ToolVersion} --tool-path .tools/pwsh (or set TEXTEHR_PWSH).");
        }

        return found;
    }

    private static string? InstallTool(string toolFolder, string name)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryRoot,
        };
        foreach (var argument in new[] { "tool", "install", "PowerShell", "--version", ToolVersion, "--tool-path", toolFolder })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start);
        if (process is null)
        {
            return null;
        }

        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            return null;
        }

        var installed = Path.Combine(toolFolder, name);
        return process.ExitCode == 0 && File.Exists(installed) ? installed : null;
    }
}
