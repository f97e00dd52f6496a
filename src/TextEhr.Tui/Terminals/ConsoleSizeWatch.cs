using System.Runtime.Versioning;
using TextEhr.Tui.Input;

namespace TextEhr.Tui.Terminals;

/// <summary>
/// The console window's size, read at start and again on every poll tick or <see cref="Check"/>; a
/// change is posted as a <see cref="ResizeEvent"/>.
/// </summary>
[UnsupportedOSPlatform("browser")]
[UnsupportedOSPlatform("android")]
[UnsupportedOSPlatform("ios")]
[UnsupportedOSPlatform("tvos")]
internal sealed class ConsoleSizeWatch(TimeProvider time, TimeSpan pollInterval) : IDisposable
{
    private readonly Lock _gate = new();
    private ITimer? _poll;
    private Action<InputEvent>? _post;
    private TerminalSize _size;

    public TerminalSize Size
    {
        get
        {
            // Written by the signal and poll threads, read by the UI thread.
            lock (_gate)
            {
                return _size;
            }
        }
    }

    /// <summary>Reads the size (80×24 when it cannot) and starts the poll.</summary>
    public void Start(Action<InputEvent> post)
    {
        _post = post;
        _size = Read(new TerminalSize(80, 24));
        _poll = time.CreateTimer(_ => Check(), null, pollInterval, pollInterval);
    }

    public void Check()
    {
        // Posting under the lock keeps resize events in the order the sizes were seen.
        lock (_gate)
        {
            var size = Read(_size);
            if (size != _size)
            {
                _size = size;
                _post?.Invoke(new ResizeEvent(size.Width, size.Height));
            }
        }
    }

    public void Dispose() => _poll?.Dispose();

    // The window, not the buffer: conhost's buffer is often 9001 rows tall.
    private static TerminalSize Read(TerminalSize fallback)
    {
        try
        {
            return new TerminalSize(Math.Max(Console.WindowWidth, 1), Math.Max(Console.WindowHeight, 1));
        }
        catch (IOException)
        {
            return fallback;
        }
    }
}
