using TextEhr.Tui.Gallery;
using TextEhr.Tui.Hosting;
using TextEhr.Tui.Terminals;
using TextEhr.Tui.Testing;
using TextEhr.Tui.Tests.Support;

namespace TextEhr.Tui.Tests.Gallery;

[Collection(EnvironmentVariables.Name)]
public sealed class GalleryAppTests
{
    [Fact]
    public void Run_shows_the_gallery_until_Ctrl_C_then_restores_the_terminal_and_dumps_every_frame()
    {
        using var directory = new TemporaryDirectory();
        var dump = Path.Combine(directory.Path, "screen.txt");
        using var terminal = new VirtualTerminal();
        terminal.Type("山田");
        terminal.Press(ConsoleKey.C, ConsoleModifiers.Control);
        var before = Environment.GetEnvironmentVariable(ScreenDump.EnvironmentVariable);
        int exitCode;
        try
        {
            Environment.SetEnvironmentVariable(ScreenDump.EnvironmentVariable, dump);
            exitCode = GalleryApp.Run(terminal, new ManualTimeProvider(), "classic");
        }
        finally
        {
            Environment.SetEnvironmentVariable(ScreenDump.EnvironmentVariable, before);
        }

        Assert.Equal(0, exitCode);
        Assert.False(terminal.Screen.AlternateScreen);
        Assert.True(terminal.Screen.CursorVisible);
        var text = File.ReadAllText(dump);
        Assert.Equal(24, text.Split('\n').Length);
        Assert.Contains(" 氏名     [山田              ]", text, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(directory.Path));
    }
}
