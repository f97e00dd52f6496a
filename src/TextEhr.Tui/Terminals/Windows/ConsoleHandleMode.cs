using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace TextEhr.Tui.Terminals.Windows;

/// <summary>A standard handle and its console mode; no mode when the handle is not a console (redirected).</summary>
[SupportedOSPlatform("windows")]
[StructLayout(LayoutKind.Auto)]
internal readonly record struct ConsoleHandleMode(nint Handle, ConsoleModeFlags? Mode)
{
    public static ConsoleHandleMode Read(StandardHandle which)
    {
        var handle = Kernel32.GetStdHandle(which);
        return Kernel32.GetConsoleMode(handle, out var mode) ? new ConsoleHandleMode(handle, mode) : new ConsoleHandleMode(handle, null);
    }
}
