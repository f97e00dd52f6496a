using System.Runtime.InteropServices;

namespace TextEhr.Tui.Views;

/// <summary>One visual line of wrapped text: UTF-16 indexes, <see cref="End"/> exclusive and before any line feed.</summary>
[StructLayout(LayoutKind.Auto)]
internal readonly record struct TextLine(int Start, int End);
