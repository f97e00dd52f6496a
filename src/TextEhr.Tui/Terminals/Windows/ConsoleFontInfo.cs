using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace TextEhr.Tui.Terminals.Windows;

/// <summary>The native <c>CONSOLE_FONT_INFOEX</c> (84 bytes) for reading and setting the console font.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct ConsoleFontInfo
{
    public uint Size;
    public uint FontIndex;
    public short FontWidth;
    public short FontHeight;
    public uint FontFamily;
    public uint FontWeight;
    public FaceNameBuffer FaceName;

    public static ConsoleFontInfo Empty() => new() { Size = (uint)Unsafe.SizeOf<ConsoleFontInfo>() };
}
