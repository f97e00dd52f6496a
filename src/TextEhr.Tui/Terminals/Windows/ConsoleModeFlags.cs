namespace TextEhr.Tui.Terminals.Windows;

/// <summary>
/// The console mode bits this layer changes (learn.microsoft.com, "SetConsoleMode"). Input and output
/// bits share values, so each name says which handle it belongs to.
/// </summary>
[Flags]
internal enum ConsoleModeFlags : uint
{
    None = 0,

    /// <summary>Output: interpret VT sequences (off by default in conhost).</summary>
    OutputVirtualTerminalProcessing = 0x0004,

    /// <summary>Output: writing the last column does not also move to the next line.</summary>
    OutputDisableNewlineAutoReturn = 0x0008,

    /// <summary>Input: deliver keys as VT sequences. Console.ReadKey then reports Key=None for most keys.</summary>
    InputVirtualTerminal = 0x0200,
}
