using TextEhr.App.Ui;
using TextEhr.Tui.Commands;
using TextEhr.Tui.Input;
using TextEhr.Tui.Terminals;
using TextEhr.Tui.Text;

namespace TextEhr.App.Screens.Access;

/// <summary>
/// Lets Ctrl+Q (<see cref="AppKeys.Lock"/>) lock the screen from any screen, whether or not that screen
/// knows the key: the key is taken out of the input on its way to the loop and <see cref="Pressed"/>
/// runs instead. Everything else passes through to the real terminal unchanged.
/// </summary>
public sealed class LockKeyTerminal(ITerminal inner) : ITerminal
{
    private static readonly KeyMap LockKeys = AppKeys.Map("lockKey", AppKeys.Lock);

    /// <summary>Called on the terminal's input thread when the lock key arrives; post to the loop from here.</summary>
    public Action? Pressed { get; set; }

    public TerminalSize Size => inner.Size;

    public AmbiguousWidth AmbiguousWidth => inner.AmbiguousWidth;

    public void Start(Action<InputEvent> post)
    {
        ArgumentNullException.ThrowIfNull(post);
        inner.Start(input =>
        {
            if (input is KeyEvent key && LockKeys.TryFind(key, out _) && Pressed is { } pressed)
            {
                pressed();
                return;
            }

            post(input);
        });
    }

    public void Write(ReadOnlySpan<byte> bytes) => inner.Write(bytes);

    public void Restore() => inner.Restore();

    /// <summary>Nothing: whoever made the inner terminal disposes it.</summary>
    public void Dispose()
    {
    }
}
