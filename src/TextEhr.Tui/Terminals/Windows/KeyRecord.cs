using System.Runtime.InteropServices;

namespace TextEhr.Tui.Terminals.Windows;

/// <summary>
/// One console key event as <c>ReadConsoleInputW</c> reports it (<c>KEY_EVENT_RECORD</c>), without the
/// native layout, so its decoding is tested on any system.
/// </summary>
/// <param name="KeyDown">False for the release; IME text and Alt+numpad characters may come only with it.</param>
/// <param name="RepeatCount">How many times the key repeated while held (at least 1).</param>
/// <param name="VirtualKeyCode">The Windows virtual-key code; equal to <see cref="ConsoleKey"/>'s values.</param>
/// <param name="UnicodeChar">The UTF-16 unit typed, or U+0000; a surrogate pair arrives as two events.</param>
/// <param name="ControlKeyState">Alt, Ctrl, Shift and lock states.</param>
[StructLayout(LayoutKind.Auto)]
internal readonly record struct KeyRecord(bool KeyDown, ushort RepeatCount, ushort VirtualKeyCode, char UnicodeChar, ControlKeyStates ControlKeyState);
