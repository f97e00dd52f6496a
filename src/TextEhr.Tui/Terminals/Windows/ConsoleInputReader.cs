using System.Runtime.Versioning;

namespace TextEhr.Tui.Terminals.Windows;

/// <summary>
/// The Windows input thread: <c>ReadConsoleInputW</c> records into a <see cref="ConsoleInputDecoder"/>,
/// telling it when nothing more is waiting so a lone Esc or typed text goes out at once. Reading records
/// instead of <c>Console.ReadKey</c> is what brings the buffer-size events and the Ctrl+Plus/Minus keys.
/// </summary>
[SupportedOSPlatform("windows")]
internal sealed class ConsoleInputReader(nint handle, ConsoleInputDecoder decoder)
{
    private readonly InputRecord[] _buffer = new InputRecord[64];

    /// <summary>Runs a reader on a background thread.</summary>
    public static void StartThread(nint handle, ConsoleInputDecoder decoder) =>
        new Thread(new ConsoleInputReader(handle, decoder).Run) { IsBackground = true, Name = "TextEhr.Tui input" }.Start();

    public void Run()
    {
        while (Kernel32.GetNumberOfConsoleInputEvents(handle, out var waiting))
        {
            if (waiting == 0)
            {
                decoder.Idle();
            }

            if (!Kernel32.ReadConsoleInput(handle, _buffer, (uint)_buffer.Length, out var read))
            {
                break;
            }

            for (var i = 0; i < read; i++)
            {
                Dispatch(_buffer[i]);
            }
        }

        // The console is gone (closed window); SIGHUP restores what can be restored.
        decoder.Flush();
    }

    private void Dispatch(InputRecord record)
    {
        switch (record.EventType)
        {
            case InputRecord.KeyEventType:
                decoder.Key(record.Key);
                break;
            case InputRecord.WindowBufferSizeEventType:
                decoder.BufferResized();
                break;
            default:
                // Focus, menu and mouse events carry nothing for a keyboard-only program.
                break;
        }
    }
}
