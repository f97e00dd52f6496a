using TextEhr.Tui.Input;
using TextEhr.Tui.Text;

namespace TextEhr.Tui.Terminals;

/// <summary>
/// The only thing that touches a real console. Everything above it (decoding aside, which the terminal
/// owns) runs in unit tests against <see cref="VirtualTerminal"/>.
/// </summary>
public interface ITerminal : IDisposable
{
    /// <summary>The size last seen; a change is also posted as a <see cref="ResizeEvent"/>.</summary>
    TerminalSize Size { get; }

    /// <summary>How this terminal draws East Asian Ambiguous characters.</summary>
    AmbiguousWidth AmbiguousWidth { get; }

    /// <summary>
    /// Enters full-screen mode (<see cref="TerminalModes.Enter"/>) and starts posting decoded input,
    /// possibly from another thread.
    /// </summary>
    void Start(Action<InputEvent> post);

    /// <summary>Writes one frame's payload in one write.</summary>
    void Write(ReadOnlySpan<byte> bytes);

    /// <summary>
    /// Writes <see cref="TerminalModes.Exit"/> once; later writes are dropped. Safe from signal and
    /// exception handlers; <see cref="IDisposable.Dispose"/> calls it too.
    /// </summary>
    void Restore();
}
