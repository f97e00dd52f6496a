using System.Text;
using Serilog.Debugging;

namespace TextEhr.App.Logging;

/// <summary>
/// Where Serilog reports its own failures (a full disk, a locked log file): a fallback text file, so a
/// logging failure is recorded somewhere and never stops the app.
/// </summary>
public static class SelfLogFile
{
    public const string FileName = "serilog-selflog.txt";

    private static string? _path;

    /// <summary>Sends Serilog's self-log to <paramref name="path"/> (the latest call wins: it is process-wide).</summary>
    public static void Enable(string path)
    {
        Volatile.Write(ref _path, path);
        SelfLog.Enable(Append);
    }

    private static void Append(string message)
    {
        var path = Volatile.Read(ref _path);
        if (path is null)
        {
            return;
        }

        try
        {
            File.AppendAllText(path, message + Environment.NewLine, Encoding.UTF8);
        }
        catch (IOException)
        {
            // Nowhere left to report to: logging must never crash the app.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
