using System.Text;
using TextEhr.Tui.Screen;

namespace TextEhr.Tui.Hosting;

/// <summary>
/// The side channel for end-to-end tests: after each frame, the model's text
/// (<see cref="ScreenBuffer.ToString"/>, rows joined by LF, trailing spaces kept) is written to a
/// file, so a tmux test can compare <c>capture-pane -p</c> with what the program believes it shows.
/// Written to a temporary file and renamed, so a reader never sees half a frame; only when the text
/// changed. A failing write never disturbs the program.
/// </summary>
public sealed class ScreenDump
{
    /// <summary>Set to a file path to turn the dump on.</summary>
    public const string EnvironmentVariable = "TEXTEHR_SCREEN_DUMP";

    private string? _last;

    public ScreenDump(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
    }

    public string Path { get; }

    /// <summary>A dump to the file named by <see cref="EnvironmentVariable"/>, or null when it is not set.</summary>
    public static ScreenDump? FromEnvironment() =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } path ? new ScreenDump(path) : null;

    /// <summary>Dumps every frame the loop renders from now on.</summary>
    public void Attach(EventLoop loop)
    {
        ArgumentNullException.ThrowIfNull(loop);
        loop.FrameRendered += (_, frame) => Write(frame.Screen);
    }

    public void Write(ScreenBuffer screen)
    {
        ArgumentNullException.ThrowIfNull(screen);
        var text = screen.ToString();
        if (string.Equals(text, _last, StringComparison.Ordinal))
        {
            return;
        }

        var temporary = Path + ".tmp";
        try
        {
            File.WriteAllText(temporary, text, new UTF8Encoding(false));
            File.Move(temporary, Path, overwrite: true);
            _last = text;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A test side channel must never take the clinic's screen down; the test sees a stale dump.
        }
    }
}
