using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace TextEhr.Tui.Terminals.Windows;

/// <summary>The three console functions System.Console does not expose: reading and setting a handle's mode.</summary>
[SupportedOSPlatform("windows")]
internal static partial class Kernel32
{
    private const string Library = "kernel32.dll";

    [LibraryImport(Library, SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.System32)]
    internal static partial nint GetStdHandle(StandardHandle handle);

    [LibraryImport(Library, SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.System32)]
    [return: MarshalAs(UnmanagedType.Bool)]
    internal static partial bool GetConsoleMode(nint handle, out ConsoleModeFlags mode);

    [LibraryImport(Library, SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.System32)]
    [return: MarshalAs(UnmanagedType.Bool)]
    internal static partial bool SetConsoleMode(nint handle, ConsoleModeFlags mode);
}
