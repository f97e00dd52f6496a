using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace TextEhr.Tui.Terminals;

/// <summary>
/// Restores the terminal on SIGTERM, SIGHUP, SIGINT and SIGQUIT and on an unhandled exception, until
/// disposed; more signals can be added.
/// </summary>
[UnsupportedOSPlatform("browser")]
[UnsupportedOSPlatform("android")]
[UnsupportedOSPlatform("ios")]
[UnsupportedOSPlatform("tvos")]
internal sealed class ConsoleExitHooks(Action restore) : IDisposable
{
    private readonly List<PosixSignalRegistration> _signals = [];

    /// <summary>Registers the restore on the four ending signals and on an unhandled exception.</summary>
    public void Register()
    {
        // Since .NET 10 nothing restores the terminal on these signals unless we do; the default action
        // then ends the process. On Windows .NET maps CTRL_C to SIGINT, CTRL_BREAK to SIGQUIT, CTRL_CLOSE to
        // SIGHUP and CTRL_SHUTDOWN to SIGTERM; closing the window reaches only the SIGHUP handler, which has
        // a few seconds.
        foreach (var signal in new[] { PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGINT, PosixSignal.SIGQUIT })
        {
            Add(signal, restore);
        }

        AppDomain.CurrentDomain.UnhandledException += OnUnhandledException;
    }

    /// <summary>Runs <paramref name="handler"/> on <paramref name="signal"/>, then the default action.</summary>
    public void Add(PosixSignal signal, Action handler) => _signals.Add(PosixSignalRegistration.Create(signal, _ => handler()));

    public void Dispose()
    {
        _signals.ForEach(registration => registration.Dispose());
        _signals.Clear();
        AppDomain.CurrentDomain.UnhandledException -= OnUnhandledException;
    }

    private void OnUnhandledException(object? sender, UnhandledExceptionEventArgs e) => restore();
}
