namespace TextEhr.Tui.Terminals.Windows;

/// <summary>The modifier bits of <c>KEY_EVENT_RECORD.dwControlKeyState</c> this layer reads (learn.microsoft.com, "KEY_EVENT_RECORD").</summary>
[Flags]
internal enum ControlKeyStates : uint
{
    None = 0,
    RightAlt = 0x0001,
    LeftAlt = 0x0002,
    RightCtrl = 0x0004,
    LeftCtrl = 0x0008,
    Shift = 0x0010,
    NumLock = 0x0020,

    /// <summary>A key of the separate cursor block (arrows, Ins, Del, Home, End, PgUp, PgDn), not the numpad's.</summary>
    EnhancedKey = 0x0100,
}
