using System.Runtime.InteropServices;

namespace TextEhr.Tui.Terminals.Windows;

/// <summary>
/// The native <c>INPUT_RECORD</c> (20 bytes): the event type, then a union whose key and buffer-size
/// members are the only ones read. Blittable, so <c>ReadConsoleInputW</c> fills an array in place.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 20)]
internal struct InputRecord
{
    public const ushort KeyEventType = 0x0001;
    public const ushort WindowBufferSizeEventType = 0x0004;

    [FieldOffset(0)]
    public ushort EventType;

    // KEY_EVENT_RECORD
    [FieldOffset(4)]
    public int KeyDown;

    [FieldOffset(8)]
    public ushort RepeatCount;

    [FieldOffset(10)]
    public ushort VirtualKeyCode;

    [FieldOffset(12)]
    public ushort VirtualScanCode;

    [FieldOffset(14)]
    public ushort UnicodeChar;

    [FieldOffset(16)]
    public uint ControlKeyState;

    public readonly KeyRecord Key => new(KeyDown != 0, RepeatCount, VirtualKeyCode, (char)UnicodeChar, (ControlKeyStates)ControlKeyState);
}
