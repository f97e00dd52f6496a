using System.Diagnostics;
using System.Text;
using TextEhr.App.Cli;
using TextEhr.EndToEnd.Tests.Support;

namespace TextEhr.EndToEnd.Tests;

/// <summary>A full-screen program on a pipe would write escape sequences into a file and wait forever for keys.</summary>
public sealed class GalleryWithoutTerminalTests
{
    [Fact]
    public async Task Gallery_with_its_output_redirected_says_why_in_Japanese_writes_nothing_else_and_exits_1()
    {
        var start = new ProcessStartInfo(TextehrProgram.DotnetHost)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(TextehrProgram.Dll);
        start.ArgumentList.Add("gallery");

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(ExitCodes.Failure, process.ExitCode);
        Assert.Equal(string.Empty, await output);
        Assert.Equal(CliMessages.NeedsTerminal("textehr gallery"), (await error).TrimEnd('\n'));
    }
}
