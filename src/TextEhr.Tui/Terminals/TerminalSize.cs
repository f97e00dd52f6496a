using System.Runtime.InteropServices;

namespace TextEhr.Tui.Terminals;

/// <summary>Columns and rows of a terminal window.</summary>
[StructLayout(LayoutKind.Auto)]
public readonly record struct TerminalSize(int Width, int Height);
