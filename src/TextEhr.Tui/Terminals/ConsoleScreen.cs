using System.Runtime.Versioning;
using System.Text;

namespace TextEhr.Tui.Terminals;

/// <summary>
/// The console's output side as both console terminals use it: UTF-8 both ways and Ctrl+C as a key,
/// full-screen mode entered, one locked write per frame, and <see cref="TerminalModes.Exit"/> written
/// once, after which writes are dropped.
/// </summary>
[UnsupportedOSPlatform("browser")]
[UnsupportedOSPlatform("android")]
[UnsupportedOSPlatform("ios")]
[UnsupportedOSPlatform("tvos")]
internal sealed class ConsoleScreen
{
    private readonly Lock _output = new();
    private Stream? _stdout;
    private int _restored;

    /// <summary>True once <see cref="Open"/> has run.</summary>
    public bool IsOpen => _stdout is not null;

    /// <summary>Switches the encodings and Ctrl+C handling, opens stdout and enters full-screen mode.</summary>
    public void Open()
    {
        // LANG (or the console code page) decides the encodings otherwise (Latin-1 or Shift_JIS mojibake);
        // set both before the first read. UTF-8 output must be set before OpenStandardOutput, which then
        // writes bytes for the console to decode as UTF-8.
        Console.InputEncoding = new UTF8Encoding(false);
        Console.OutputEncoding = new UTF8Encoding(false);
        // Ctrl+C, Ctrl+S, Ctrl+Z become keys instead of killing or freezing the process.
        Console.TreatControlCAsInput = true;
        _stdout = Console.OpenStandardOutput();
        Write(TerminalModes.Enter);
    }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        lock (_output)
        {
            if (Volatile.Read(ref _restored) == 0 && _stdout is not null)
            {
                _stdout.Write(bytes);
                _stdout.Flush();
            }
        }
    }

    /// <summary>Writes the exit sequence once; safe from signal and exception handlers.</summary>
    /// <param name="afterExit">Runs still under the output lock once the exit sequence is written or has failed.</param>
    public void Restore(Action? afterExit = null)
    {
        if (_stdout is null || Interlocked.Exchange(ref _restored, 1) != 0)
        {
            return;
        }

        // A signal may arrive while the UI thread is blocked in a write; restore anyway after a short wait.
        var locked = _output.TryEnter(TimeSpan.FromMilliseconds(500));
        try
        {
            _stdout.Write(TerminalModes.Exit);
            _stdout.Flush();
        }
        catch (IOException)
        {
            // The terminal is gone (hang-up, or the window closing); there is nothing left to restore on screen.
        }
        finally
        {
            afterExit?.Invoke();
            if (locked)
            {
                _output.Exit();
            }
        }
    }
}
