using Serilog.Debugging;
using TextEhr.App.Logging;

namespace TextEhr.App.Tests.Logging;

[Collection(SelfLogGroup.Name)]
public sealed class SelfLogFileTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "textehr-selflog-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Serilog_failures_go_to_the_fallback_file()
    {
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, SelfLogFile.FileName);
        SelfLogFile.Enable(path);

        SelfLog.WriteLine("sink {0} failed", "file");

        Assert.Contains("sink file failed", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void A_fallback_file_that_cannot_be_written_is_ignored()
    {
        SelfLogFile.Enable(Path.Combine(_folder, "missing", "folder", SelfLogFile.FileName));

        var exception = Record.Exception(() => SelfLog.WriteLine("nowhere to go"));

        Assert.Null(exception);
    }
}
