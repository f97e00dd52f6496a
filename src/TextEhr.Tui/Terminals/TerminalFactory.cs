using TextEhr.Tui.Text;

namespace TextEhr.Tui.Terminals;

/// <summary>The process console as an <see cref="ITerminal"/>, chosen by operating system.</summary>
public static class TerminalFactory
{
    /// <summary>
    /// True when both stdin and stdout are a console: a full-screen program cannot run on a pipe or
    /// a file (the screen would be escape sequences in a file, and ReadKey has nothing to read).
    /// </summary>
    public static bool HasConsole => !Console.IsOutputRedirected && !Console.IsInputRedirected;

    /// <summary>A <see cref="WindowsConsoleTerminal"/> on Windows, a <see cref="UnixConsoleTerminal"/> on Linux, macOS and FreeBSD.</summary>
    /// <param name="ambiguous">How the terminal draws East Asian Ambiguous characters; null measures it where that is
    /// possible without a reply on the input side (the Windows console), and takes narrow elsewhere (tmux, xterm,
    /// Windows Terminal, and most Linux terminals, draw them narrow).</param>
    /// <param name="time">Drives the size poll.</param>
    /// <exception cref="PlatformNotSupportedException">Any other system (a browser, a phone).</exception>
    public static ITerminal Create(AmbiguousWidth? ambiguous = null, TimeProvider? time = null)
    {
        if (OperatingSystem.IsWindows())
        {
            return new WindowsConsoleTerminal(ambiguous, time);
        }

        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD())
        {
            return new UnixConsoleTerminal(term: null, ambiguous ?? AmbiguousWidth.Narrow, time);
        }

        throw new PlatformNotSupportedException("TextEhr needs a Windows, Linux, macOS or FreeBSD console.");
    }
}
