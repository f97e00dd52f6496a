using System.Text;
using TextEhr.Tui.Text;

namespace TextEhr.Tui.Input;

/// <summary>
/// Turns the <see cref="ConsoleKeyInfo"/> stream of <c>Console.ReadKey</c> into input events. It joins
/// surrogate pairs (𠮷 arrives as two keys), keeps zero-width code points with the text before them
/// (葛 then its IVS pair; か then U+3099), turns <c>Esc [ 2 0 0 ~</c> … <c>Esc [ 2 0 1 ~</c> (six keys
/// each, which .NET does not recognise) into one <see cref="PasteEvent"/>, reads Shift+F2 as Shift+Tab
/// where terminfo makes .NET report it so, and names Ctrl+letter keys.
/// </summary>
/// <remarks>
/// Text and a possible paste marker are held until the next key or <see cref="Idle"/>: call it
/// whenever no more key is buffered, so a lone Esc or a typed character is never delayed.
/// </remarks>
public sealed class KeyDecoder
{
    private const string PasteStart = "\e[200~";
    private const string PasteEnd = "\e[201~";
    private readonly Action<InputEvent> _emit;
    private readonly bool _shiftF2IsShiftTab;
    private readonly List<ConsoleKeyInfo> _marker = [];
    private readonly StringBuilder _paste = new();
    private KeyEvent? _pendingText;
    private ConsoleKeyInfo? _highSurrogate;

    public KeyDecoder(Action<InputEvent> emit, string? term)
    {
        ArgumentNullException.ThrowIfNull(emit);
        _emit = emit;
        _shiftF2IsShiftTab = TerminalNames.ReadShiftTabAsShiftF2(term);
    }

    /// <summary>True between the paste start and end markers.</summary>
    public bool IsPasting { get; private set; }

    public void Feed(ConsoleKeyInfo key)
    {
        var marker = IsPasting ? PasteEnd : PasteStart;
        if (key.KeyChar == marker[_marker.Count])
        {
            _marker.Add(key);
            if (_marker.Count == marker.Length)
            {
                _marker.Clear();
                TogglePaste();
            }

            return;
        }

        if (_marker.Count > 0)
        {
            ReplayMarker();
            Feed(key);
            return;
        }

        Process(key);
    }

    /// <summary>No key is buffered now: release held text and a held Esc. A paste keeps waiting for its end.</summary>
    public void Idle()
    {
        if (!IsPasting)
        {
            ReplayMarker();
            FlushText();
        }
    }

    /// <summary>Ends whatever is incomplete, including a paste whose end marker never came.</summary>
    public void Flush()
    {
        ReplayMarker();
        if (IsPasting)
        {
            TogglePaste();
        }

        if (_highSurrogate is { } high)
        {
            _highSurrogate = null;
            Text(ConsoleKey.None, "\uFFFD", high.Modifiers);
        }

        FlushText();
    }

    private void Process(ConsoleKeyInfo key)
    {
        var c = key.KeyChar;
        if (IsPasting)
        {
            _paste.Append(c);
            return;
        }

        if (_highSurrogate is { } high)
        {
            _highSurrogate = null;
            if (char.IsLowSurrogate(c))
            {
                Text(high.Key, string.Concat(high.KeyChar.ToString(), c.ToString()), high.Modifiers);
                return;
            }

            Text(ConsoleKey.None, "\uFFFD", high.Modifiers);
        }

        if (char.IsHighSurrogate(c))
        {
            _highSurrogate = key;
        }
        else if (char.IsLowSurrogate(c))
        {
            Text(ConsoleKey.None, "\uFFFD", key.Modifiers);
        }
        else if (IsText(key))
        {
            Text(key.Key, c.ToString(), key.Modifiers);
        }
        else
        {
            FlushText();
            if (KeyNames.Command(key, _shiftF2IsShiftTab) is { } command)
            {
                _emit(command);
            }
        }
    }

    private static bool IsText(ConsoleKeyInfo key)
    {
        if (key.KeyChar == '\0' || char.IsControl(key.KeyChar))
        {
            return false;
        }

        // Ctrl+Alt with a printable character is AltGr on Windows; a key-less character (山 with Alt) is still text.
        var modifiers = key.Modifiers & (ConsoleModifiers.Control | ConsoleModifiers.Alt);
        return modifiers is ConsoleModifiers.None or (ConsoleModifiers.Control | ConsoleModifiers.Alt) || key.Key == ConsoleKey.None;
    }

    private void Text(ConsoleKey key, string text, ConsoleModifiers modifiers)
    {
        if (_pendingText is { } pending && CellWidth.IsZeroWidth(Rune.GetRuneAt(text, 0)))
        {
            _pendingText = pending with { Text = pending.Text + text };
            return;
        }

        FlushText();
        _pendingText = new KeyEvent(key, text, modifiers);
    }

    private void FlushText()
    {
        if (_pendingText is { } pending)
        {
            _pendingText = null;
            _emit(pending);
        }
    }

    private void TogglePaste()
    {
        if (!IsPasting)
        {
            FlushText();
            IsPasting = true;
            return;
        }

        IsPasting = false;
        var text = PasteText.Clean(_paste.ToString());
        _paste.Clear();
        if (text.Length > 0)
        {
            _emit(new PasteEvent(text));
        }
    }

    private void ReplayMarker()
    {
        if (_marker.Count == 0)
        {
            return;
        }

        var held = _marker.ToArray();
        _marker.Clear();
        foreach (var key in held)
        {
            Process(key);
        }
    }
}
