using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using TextEhr.Tui.Input;
using TextEhr.Tui.Text;

namespace TextEhr.Tui.Terminals;

/// <summary>
/// The terminal on Linux and macOS through System.Console: VT output in one write per frame, input by
/// <c>Console.ReadKey</c> on its own thread into a <see cref="KeyDecoder"/>, resize by SIGWINCH and a
/// 500 ms poll, and the terminal restored on exit, on SIGTERM, SIGHUP, SIGINT and SIGQUIT, and on an
/// unhandled exception (shared/notes/TUI.md §2, §4, §5).
/// </summary>
[UnsupportedOSPlatform("windows")]
[UnsupportedOSPlatform("browser")]
[UnsupportedOSPlatform("android")]
[UnsupportedOSPlatform("ios")]
[UnsupportedOSPlatform("tvos")]
public sealed class UnixConsoleTerminal : ITerminal
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);
    private readonly string? _term;
    private readonly ConsoleScreen _screen = new();
    private readonly ConsoleSizeWatch _size;
    private readonly ConsoleExitHooks _exitHooks;

    /// <summary>A terminal on the process console; nothing is touched until <see cref="Start"/>.</summary>
    /// <param name="term">The <c>TERM</c> value, which decides how .NET decodes Shift+Tab; null reads the environment.</param>
    /// <param name="ambiguous">How this terminal draws ambiguous characters.</param>
    /// <param name="time">Drives the size poll.</param>
    public UnixConsoleTerminal(string? term = null, AmbiguousWidth ambiguous = AmbiguousWidth.Narrow, TimeProvider? time = null)
    {
        _term = term ?? Environment.GetEnvironmentVariable("TERM");
        AmbiguousWidth = ambiguous;
        _size = new ConsoleSizeWatch(time ?? TimeProvider.System, PollInterval);
        _exitHooks = new ConsoleExitHooks(Restore);
    }

    public TerminalSize Size => _size.Size;

    public AmbiguousWidth AmbiguousWidth { get; }

    public void Start(Action<InputEvent> post)
    {
        ArgumentNullException.ThrowIfNull(post);
        _screen.Open();
        _size.Start(post);
        _exitHooks.Register();
        _exitHooks.Add(PosixSignal.SIGWINCH, _size.Check);
        ConsoleKeyReader.StartThread(post, _term);
    }

    public void Write(ReadOnlySpan<byte> bytes) => _screen.Write(bytes);

    public void Restore() => _screen.Restore();

    public void Dispose()
    {
        Restore();
        _size.Dispose();
        _exitHooks.Dispose();
        if (_screen.IsOpen)
        {
            Console.TreatControlCAsInput = false;
        }
    }
}
