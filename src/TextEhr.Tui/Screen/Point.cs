using System.Runtime.InteropServices;

namespace TextEhr.Tui.Screen;

/// <summary>A cell position: column <paramref name="X"/> and row <paramref name="Y"/>, both from 0.</summary>
[StructLayout(LayoutKind.Auto)]
public readonly record struct Point(int X, int Y);
