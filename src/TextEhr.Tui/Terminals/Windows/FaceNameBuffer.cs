using System.Runtime.CompilerServices;

namespace TextEhr.Tui.Terminals.Windows;

/// <summary><c>WCHAR FaceName[LF_FACESIZE]</c>: carried through unchanged from the font read to the font set.</summary>
[InlineArray(32)]
internal struct FaceNameBuffer
{
    private ushort _first;
}
