using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using System.Text;
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
    private readonly TimeProvider _time;
    private readonly Lock _output = new();
    private readonly Lock _sizeGate = new();
    private readonly List<PosixSignalRegistration> _signals = [];
    private Stream? _stdout;
    private ITimer? _sizePoll;
    private Action<InputEvent>? _post;
    private TerminalSize _size;
    private int _restored;

    /// <summary>A terminal on the process console; nothing is touched until <see cref="Start"/>.</summary>
    /// <param name="term">The <c>TERM</c> value, which decides how .NET decodes Shift+Tab; null reads the environment.</param>
    /// <param name="ambiguous">How this terminal draws ambiguous characters.</param>
    /// <param name="time">Drives the size poll.</param>
    public UnixConsoleTerminal(string? term = null, AmbiguousWidth ambiguous = AmbiguousWidth.Narrow, TimeProvider? time = null)
    {
        _term = term ?? Environment.GetEnvironmentVariable("TERM");
        AmbiguousWidth = ambiguous;
        _time = time ?? TimeProvider.System;
    }

    public TerminalSize Size
    {
        get
        {
            // Written by the signal and poll threads, read by the UI thread.
            lock (_sizeGate)
            {
                return _size;
            }
        }
    }

    public AmbiguousWidth AmbiguousWidth { get; }

    public void Start(Action<InputEvent> post)
    {
        ArgumentNullException.ThrowIfNull(post);
        // LANG decides the encodings otherwise (Latin-1 or Shift_JIS mojibake); set both before the first read.
        Console.InputEncoding = new UTF8Encoding(false);
        Console.OutputEncoding = new UTF8Encoding(false);
        // Ctrl+C, Ctrl+S, Ctrl+Z become keys instead of killing or freezing the process.
        Console.TreatControlCAsInput = true;
        _stdout = Console.OpenStandardOutput();
        _post = post;
        _size = ReadSize(new TerminalSize(80, 24));
        Write(TerminalModes.Enter);

        // Since .NET 10 nothing restores the terminal on these signals unless we do; the default action then ends the process.
        foreach (var signal in new[] { PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGINT, PosixSignal.SIGQUIT })
        {
            _signals.Add(PosixSignalRegistration.Create(signal, _ => Restore()));
        }

        _signals.Add(PosixSignalRegistration.Create(PosixSignal.SIGWINCH, _ => CheckSize()));
        AppDomain.CurrentDomain.UnhandledException += OnUnhandledException;
        _sizePoll = _time.CreateTimer(_ => CheckSize(), null, PollInterval, PollInterval);
        new Thread(() => new ConsoleKeyReader(new KeyDecoder(post, _term)).Run()) { IsBackground = true, Name = "TextEhr.Tui input" }.Start();
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

    public void Restore()
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
            // The terminal is gone (hang-up); there is nothing left to restore.
        }
        finally
        {
            if (locked)
            {
                _output.Exit();
            }
        }
    }

    public void Dispose()
    {
        Restore();
        _sizePoll?.Dispose();
        _signals.ForEach(registration => registration.Dispose());
        _signals.Clear();
        AppDomain.CurrentDomain.UnhandledException -= OnUnhandledException;
        if (_stdout is not null)
        {
            Console.TreatControlCAsInput = false;
        }
    }

    private void OnUnhandledException(object? sender, UnhandledExceptionEventArgs e) => Restore();

    private void CheckSize()
    {
        // Posting under the lock keeps resize events in the order the sizes were seen.
        lock (_sizeGate)
        {
            var size = ReadSize(_size);
            if (size != _size)
            {
                _size = size;
                _post?.Invoke(new ResizeEvent(size.Width, size.Height));
            }
        }
    }

    private static TerminalSize ReadSize(TerminalSize fallback)
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
