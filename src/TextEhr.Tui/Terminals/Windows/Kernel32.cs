using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace TextEhr.Tui.Terminals.Windows;

/// <summary>The console functions System.Console does not expose: modes, raw input records and the font.</summary>
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

    [LibraryImport(Library, SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.System32)]
    [return: MarshalAs(UnmanagedType.Bool)]
    internal static partial bool GetNumberOfConsoleInputEvents(nint handle, out uint count);

    /// <summary>Blocks until at least one record is there, then fills up to the buffer's length.</summary>
    [LibraryImport(Library, EntryPoint = "ReadConsoleInputW", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.System32)]
    [return: MarshalAs(UnmanagedType.Bool)]
    internal static partial bool ReadConsoleInput(nint handle, [Out] InputRecord[] buffer, uint length, out uint read);

    [LibraryImport(Library, SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.System32)]
    [return: MarshalAs(UnmanagedType.Bool)]
    internal static partial bool GetCurrentConsoleFontEx(nint handle, [MarshalAs(UnmanagedType.Bool)] bool maximumWindow, ref ConsoleFontInfo font);

    [LibraryImport(Library, SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.System32)]
    [return: MarshalAs(UnmanagedType.Bool)]
    internal static partial bool SetCurrentConsoleFontEx(nint handle, [MarshalAs(UnmanagedType.Bool)] bool maximumWindow, ref ConsoleFontInfo font);
}
