using System.Diagnostics.CodeAnalysis;

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

    /// <summary>Input: report window buffer size changes as input records.</summary>
    [SuppressMessage("Design", "CA1069:Enums values should not be duplicated", Justification = "Windows gives input and output modes the same bits; the prefix says which handle.")]
    InputWindow = 0x0008,

    /// <summary>Input: a mouse click starts a text selection, which pauses the program's output until Esc.</summary>
    InputQuickEdit = 0x0040,

    /// <summary>Input: needed for a change of <see cref="InputQuickEdit"/> to take effect.</summary>
    InputExtendedFlags = 0x0080,

    /// <summary>Input: deliver keys as VT sequences. Console.ReadKey then reports Key=None for most keys.</summary>
    InputVirtualTerminal = 0x0200,
}
