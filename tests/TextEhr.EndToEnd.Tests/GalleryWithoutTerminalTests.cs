using TextEhr.App.Cli;
using TextEhr.EndToEnd.Tests.Support;

namespace TextEhr.EndToEnd.Tests;

/// <summary>A full-screen program on a pipe would write escape sequences into a file and wait forever for keys.</summary>
public sealed class GalleryWithoutTerminalTests
{
    [Theory]
    [InlineData("gallery")]
    [InlineData("")]
    public async Task A_full_screen_program_with_its_output_redirected_says_why_in_Japanese_writes_nothing_else_and_exits_1(string command)
    {
        var run = await TextehrProgram.RunAsync(command.Length == 0 ? [] : [command]);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal(CliMessages.NeedsTerminal(("textehr " + command).Trim()), run.Error.TrimEnd('\n'));
    }
}
