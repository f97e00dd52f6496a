using TextEhr.Tui.Hosting;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Tests.Support;

namespace TextEhr.Tui.Tests.Hosting;

[Collection(EnvironmentVariables.Name)]
public sealed class ScreenDumpTests
{
    [Fact]
    public void The_model_text_replaces_the_file_whole()
    {
        using var directory = new TemporaryDirectory();
        var path = Path.Combine(directory.Path, "screen.txt");
        var dump = new ScreenDump(path);
        var screen = new ScreenBuffer(6, 2);
        screen.Write(0, 0, "山田 ", default);
        screen.Write(0, 1, "ﾔﾏﾀﾞ", default);

        dump.Write(screen);

        Assert.Equal("山田  \nﾔﾏﾀﾞ  ", File.ReadAllText(path));
        Assert.Equal(path, Assert.Single(Directory.GetFiles(directory.Path)));
    }

    [Fact]
    public void The_environment_variable_turns_it_on()
    {
        Assert.Equal("TEXTEHR_SCREEN_DUMP", ScreenDump.EnvironmentVariable);
        var before = Environment.GetEnvironmentVariable(ScreenDump.EnvironmentVariable);
        try
        {
            Environment.SetEnvironmentVariable(ScreenDump.EnvironmentVariable, null);
            Assert.Null(ScreenDump.FromEnvironment());
            Environment.SetEnvironmentVariable(ScreenDump.EnvironmentVariable, "screen.txt");
            Assert.Equal(Path.GetFullPath("screen.txt"), ScreenDump.FromEnvironment()!.Path);
        }
        finally
        {
            Environment.SetEnvironmentVariable(ScreenDump.EnvironmentVariable, before);
        }
    }
}
