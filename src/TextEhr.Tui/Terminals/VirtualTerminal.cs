using TextEhr.Tui.Input;
using TextEhr.Tui.Testing;
using TextEhr.Tui.Text;

namespace TextEhr.Tui.Terminals;

/// <summary>
/// A terminal for tests: a fixed size, input scripted as ReadKey would deliver it (through the real
/// <see cref="KeyDecoder"/>), every written byte captured and replayed into a <see cref="VtEmulator"/>
/// so tests see what a terminal would show.
/// </summary>
public sealed class VirtualTerminal : ITerminal
{
    private readonly KeyDecoder _decoder;
    private readonly Queue<InputEvent> _early = new();
    private readonly List<byte> _written = [];
    private Action<InputEvent>? _post;
    private bool _restored;

    public VirtualTerminal(int width = 80, int height = 24, string? term = "xterm-256color", AmbiguousWidth ambiguous = AmbiguousWidth.Narrow)
    {
        Size = new TerminalSize(width, height);
        AmbiguousWidth = ambiguous;
        Screen = new VtEmulator(width, height, ambiguous);
        _decoder = new KeyDecoder(Post, term);
    }

    public TerminalSize Size { get; private set; }

    public AmbiguousWidth AmbiguousWidth { get; }

    /// <summary>What the terminal shows.</summary>
    public VtEmulator Screen { get; }

    /// <summary>Every byte written since construction or <see cref="ClearWritten"/>.</summary>
    public IReadOnlyList<byte> Written => _written;

    /// <summary>How many times <see cref="Write"/> was called with bytes: one per frame is the rule.</summary>
    public int WriteCount { get; private set; }

    public void Start(Action<InputEvent> post)
    {
        ArgumentNullException.ThrowIfNull(post);
        Write(TerminalModes.Enter);
        _post = post;
        while (_early.TryDequeue(out var input))
        {
            post(input);
        }
    }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        if (_restored || bytes.IsEmpty)
        {
            return;
        }

        WriteCount++;
        _written.AddRange(bytes);
        Screen.Feed(bytes);
    }

    public void Restore()
    {
        Write(TerminalModes.Exit);
        _restored = true;
    }

    public void Dispose() => Restore();

    public void ClearWritten()
    {
        _written.Clear();
        WriteCount = 0;
    }

    /// <summary>Keys as ReadKey delivers them, then a pause (the decoder's idle point).</summary>
    public void Press(params IEnumerable<ConsoleKeyInfo> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            _decoder.Feed(key);
        }

        _decoder.Idle();
    }

    public void Press(ConsoleKey key, ConsoleModifiers modifiers = ConsoleModifiers.None) => Press(KeyScript.Key(key, modifiers));

    /// <summary>Text typed or committed by the IME, one key per UTF-16 unit.</summary>
    public void Type(string text) => Press(KeyScript.Type(text));

    /// <summary>A bracketed paste, with its markers as six keys each.</summary>
    public void Paste(string text) => Press(KeyScript.Paste(text));

    /// <summary>The window changes size: the emulator starts blank, as a real window needs a full repaint.</summary>
    public void Resize(int width, int height)
    {
        Size = new TerminalSize(width, height);
        Screen.Resize(width, height);
        Post(new ResizeEvent(width, height));
    }

    private void Post(InputEvent input)
    {
        if (_post is null)
        {
            _early.Enqueue(input);
        }
        else
        {
            _post(input);
        }
    }
}
