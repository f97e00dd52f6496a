using System.Runtime.Versioning;
using System.Text;
using TextEhr.Tui.Input;
using TextEhr.Tui.Terminals.Windows;
using TextEhr.Tui.Text;

namespace TextEhr.Tui.Terminals;

/// <summary>
/// The terminal on a Windows console (conhost or Windows Terminal): VT output switched on with
/// <c>SetConsoleMode</c> and the old modes put back on exit, UTF-8 output, input records read on their
/// own thread (<see cref="ConsoleInputReader"/>) into the same <see cref="KeyDecoder"/> as on Unix,
/// resize from buffer-size records with a 250 ms size poll behind them (Windows has no SIGWINCH),
/// Ctrl+Plus/Minus changing the conhost font size, QuickEdit off while running, and the terminal restored
/// on exit, Ctrl+Break (SIGQUIT), closing the window (SIGHUP), shutdown (SIGTERM) and an unhandled
/// exception (shared/notes/TUI.md §8).
/// </summary>
/// <remarks>
/// <para>Written from documentation and .NET's source; it compiles here but has never run. Check on a real
/// Windows 10 and 11 PC, in conhost and in Windows Terminal, with MS-IME:</para>
/// <list type="number">
/// <item>The gallery draws with colours and no stray escape text; on exit the prompt is back on the main
/// screen with the cursor shown, and a later <c>dir</c> in the same window wraps lines normally (modes restored).</item>
/// <item>F1–F12 with Shift/Ctrl/Alt, Shift+Tab, Esc, arrows, Ctrl+C (a key, not an exit), Ctrl+L arrive as keys.</item>
/// <item>IME text (山田 𠮷郎, ﾔﾏﾀﾞ, 葛󠄀) arrives whole; 変換/無変換 do nothing; Alt+0233 types é.</item>
/// <item>In conhost Ctrl+Plus (the ;+ key or the numpad +) and Ctrl+Minus change the font size and the screen
/// follows; in Windows Terminal its own zoom does the same. A click does not freeze the screen (QuickEdit off),
/// and QuickEdit is back after exit.</item>
/// <item>Pasting a block: conhost and Windows Terminal without VT input send no bracketed-paste markers, so a
/// pasted newline may arrive as Enter and move the focus.</item>
/// <item>Resizing the window repaints within half a second; maximising and restoring leave no debris.</item>
/// <item>Ctrl+Break and closing the window leave no hidden cursor or broken console behind; shutdown is quiet.</item>
/// <item>conhost with ＭＳ ゴシック or BIZ UDゴシック: ambiguous characters (○ ※ ─) take two cells, which the
/// start-up probe (<see cref="AmbiguousWidthProbe"/>) should find, so a note holding ※ or ○ keeps its lines
/// straight; in Windows Terminal they take one.</item>
/// </list>
/// </remarks>
[SupportedOSPlatform("windows")]
public sealed class WindowsConsoleTerminal : ITerminal
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    // Input records carry virtual keys, not terminfo sequences: Shift+Tab is Tab + Shift and Shift+F2 is a
    // real Shift+F2. The decoder's TERM switch must therefore read as a terminal with a back-tab entry.
    private const string RecordInputTerm = "xterm";

    private readonly ConsoleScreen _screen = new();
    private readonly ConsoleSizeWatch _size;
    private readonly ConsoleExitHooks _exitHooks;
    private readonly AmbiguousWidth? _ambiguous;
    private ConsoleModes? _modes;
    private Encoding? _oldInputEncoding;
    private Encoding? _oldOutputEncoding;

    /// <summary>A terminal on the process console; nothing is touched until <see cref="Start"/>.</summary>
    /// <param name="ambiguous">Wide for conhost with a Japanese font, narrow for Windows Terminal; null measures
    /// it on the console at <see cref="Start"/>.</param>
    /// <param name="time">Drives the size poll.</param>
    public WindowsConsoleTerminal(AmbiguousWidth? ambiguous = null, TimeProvider? time = null)
    {
        _ambiguous = ambiguous;
        AmbiguousWidth = ambiguous ?? AmbiguousWidth.Narrow;
        _size = new ConsoleSizeWatch(time ?? TimeProvider.System, PollInterval);
        _exitHooks = new ConsoleExitHooks(Restore);
    }

    public TerminalSize Size => _size.Size;

    /// <summary>As given, or as measured by <see cref="Start"/>; the event loop reads it after Start to lay out the buffer.</summary>
    public AmbiguousWidth AmbiguousWidth { get; private set; }

    /// <summary>Switches the console to VT and UTF-8, enters full-screen mode and starts the input thread.</summary>
    /// <exception cref="PlatformNotSupportedException">The console cannot interpret VT sequences (before Windows 10 1511), or there is none.</exception>
    public void Start(Action<InputEvent> post)
    {
        ArgumentNullException.ThrowIfNull(post);
        // Saved before TreatControlCAsInput, which clears ENABLE_PROCESSED_INPUT, so exit puts back what the user had.
        _modes = ConsoleModes.Save();
        if (!_modes.TryEnterFullScreenModes())
        {
            _modes.Restore();
            throw new PlatformNotSupportedException("The console does not accept ENABLE_VIRTUAL_TERMINAL_PROCESSING.");
        }

        // The console keeps its code pages after we exit; remember them.
        _oldInputEncoding = Console.InputEncoding;
        _oldOutputEncoding = Console.OutputEncoding;
        _screen.Open();
        AmbiguousWidth = _ambiguous ?? AmbiguousWidthProbe.Measure(_screen.Write);
        _modes.EnterRecordInput();
        _size.Start(post);
        _exitHooks.Register();
        var decoder = new ConsoleInputDecoder(new KeyDecoder(post, RecordInputTerm), _size.Check, ChangeFontSize);
        ConsoleInputReader.StartThread(Kernel32.GetStdHandle(StandardHandle.Input), decoder);
    }

    public void Write(ReadOnlySpan<byte> bytes) => _screen.Write(bytes);

    // The exit sequence needs VT processing, so the modes go back only after it is written.
    public void Restore() => _screen.Restore(afterExit: () => _modes?.Restore());

    public void Dispose()
    {
        Restore();
        _size.Dispose();
        _exitHooks.Dispose();
        RestoreEncodings();
    }

    // A new font size changes how many cells fit the window; the size check repaints for it.
    private bool ChangeFontSize(int steps)
    {
        if (!ConsoleFont.Step(steps))
        {
            return false;
        }

        _size.Check();
        return true;
    }

    private void RestoreEncodings()
    {
        try
        {
            if (_oldInputEncoding is not null)
            {
                Console.InputEncoding = _oldInputEncoding;
            }

            if (_oldOutputEncoding is not null)
            {
                Console.OutputEncoding = _oldOutputEncoding;
            }
        }
        catch (IOException)
        {
            // The console is gone; its code pages went with it.
        }
    }
}
