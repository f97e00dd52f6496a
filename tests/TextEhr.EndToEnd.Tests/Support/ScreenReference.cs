using System.Runtime.CompilerServices;
using System.Text;

namespace TextEhr.EndToEnd.Tests.Support;

/// <summary>
/// The screens of a scenario, kept as a text file beside the test for a reviewer to read and compared on
/// every run. The clock is real, so dates, times and ages are replaced by placeholders first. A mismatch
/// writes <c>.actual</c> next to the reference; <c>UPDATE_SNAPSHOTS=1</c> rewrites the reference.
/// </summary>
internal sealed class ScreenReference
{
    private readonly StringBuilder _text = new();
    private readonly Func<string, string> _normalize;
    private readonly string _path;

    public ScreenReference(string fileName, Func<string, string> normalize, [CallerFilePath] string callerPath = "")
    {
        _normalize = normalize;
        _path = Path.Combine(Path.GetDirectoryName(callerPath)!, fileName);
    }

    public void Add(string step, string screen)
    {
        _text.Append("## ").Append(step).Append('\n');
        foreach (var line in _normalize(screen).Split('\n'))
        {
            _text.Append('|').Append(line).Append('\n');
        }

        _text.Append('\n');
    }

    public void Verify()
    {
        var actual = _text.ToString();
        if (string.Equals(Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS"), "1", StringComparison.Ordinal))
        {
            File.WriteAllText(_path, actual, new UTF8Encoding(false));
            return;
        }

        var expected = File.Exists(_path) ? File.ReadAllText(_path).Replace("\r", string.Empty, StringComparison.Ordinal) : string.Empty;
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            File.WriteAllText(_path + ".actual", actual, new UTF8Encoding(false));
            Assert.Fail($"The scenario's screens differ from {_path}; see {_path}.actual (UPDATE_SNAPSHOTS=1 accepts them).");
        }
    }
}
