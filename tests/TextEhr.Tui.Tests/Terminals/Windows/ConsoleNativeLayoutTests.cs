using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using TextEhr.Tui.Terminals.Windows;

namespace TextEhr.Tui.Tests.Terminals.Windows;

/// <summary>
/// The native structures' sizes and offsets as the Windows SDK declares them (wincon.h / consoleapi.h):
/// a wrong offset would read garbage keys on Windows, and this is the part of it that Linux can check.
/// </summary>
public sealed class ConsoleNativeLayoutTests
{
    [Fact]
    public void INPUT_RECORD_is_20_bytes_with_the_key_event_at_offset_4()
    {
        Assert.Equal(20, Unsafe.SizeOf<InputRecord>());
        Assert.Equal(4, Offset<InputRecord>(nameof(InputRecord.KeyDown)));
        Assert.Equal(8, Offset<InputRecord>(nameof(InputRecord.RepeatCount)));
        Assert.Equal(10, Offset<InputRecord>(nameof(InputRecord.VirtualKeyCode)));
        Assert.Equal(12, Offset<InputRecord>(nameof(InputRecord.VirtualScanCode)));
        Assert.Equal(14, Offset<InputRecord>(nameof(InputRecord.UnicodeChar)));
        Assert.Equal(16, Offset<InputRecord>(nameof(InputRecord.ControlKeyState)));
    }

    [Fact]
    public void A_raw_key_record_reads_as_the_key_it_carries()
    {
        var raw = new InputRecord
        {
            EventType = InputRecord.KeyEventType,
            KeyDown = 1,
            RepeatCount = 2,
            VirtualKeyCode = 0x74,
            UnicodeChar = 0x5C71,
            ControlKeyState = 0x0018,
        };

        Assert.Equal(new KeyRecord(true, 2, 0x74, '山', ControlKeyStates.LeftCtrl | ControlKeyStates.Shift), raw.Key);
    }

    [Fact]
    public void CONSOLE_FONT_INFOEX_is_84_bytes_and_says_so_in_its_size_field()
    {
        Assert.Equal(84, Unsafe.SizeOf<ConsoleFontInfo>());
        Assert.Equal(84u, ConsoleFontInfo.Empty().Size);
        Assert.Equal(8, Offset<ConsoleFontInfo>(nameof(ConsoleFontInfo.FontWidth)));
        Assert.Equal(10, Offset<ConsoleFontInfo>(nameof(ConsoleFontInfo.FontHeight)));
        Assert.Equal(20, Offset<ConsoleFontInfo>(nameof(ConsoleFontInfo.FaceName)));
    }

    [Theory]
    [InlineData(20, 1, 22)]
    [InlineData(20, -1, 18)]
    [InlineData(19, 1, 20)]
    [InlineData(19, -1, 18)]
    [InlineData(32, 1, 32)]
    [InlineData(14, -1, 14)]
    [InlineData(8, -1, 14)]
    [InlineData(40, -1, 32)]
    [InlineData(16, 2, 20)]
    public void The_font_steps_through_readable_sizes_only(int current, int steps, int expected)
    {
        Assert.Equal(expected, ConsoleFontSizes.Next(current, steps));
    }

    private static int Offset<T>(string field) => Marshal.OffsetOf<T>(field).ToInt32();
}
