using System.Runtime.Versioning;

namespace TextEhr.Tui.Terminals.Windows;

/// <summary>
/// The console's input and output modes as found at start, changed for full-screen use and put back on
/// exit: the console window outlives the program (cmd.exe keeps running in it), so whatever is left
/// switched on stays on.
/// </summary>
[SupportedOSPlatform("windows")]
internal sealed class ConsoleModes
{
    private readonly ConsoleHandleMode _input;
    private readonly ConsoleHandleMode _output;

    private ConsoleModes(ConsoleHandleMode input, ConsoleHandleMode output)
    {
        _input = input;
        _output = output;
    }

    /// <summary>Reads both modes; call before anything (TreatControlCAsInput included) changes them.</summary>
    public static ConsoleModes Save() => new(ConsoleHandleMode.Read(StandardHandle.Input), ConsoleHandleMode.Read(StandardHandle.Output));

    /// <summary>
    /// Turns VT processing on for output, and VT input off: ReadKey decodes keys from input records and
    /// breaks when a previous program left VT input on (dotnet/runtime #107157, #96490).
    /// </summary>
    /// <returns>False when the console cannot interpret VT sequences (Windows before 10 1511) or there is no console.</returns>
    public bool TryEnterFullScreenModes()
    {
        if (_input.Mode is { } input && input.HasFlag(ConsoleModeFlags.InputVirtualTerminal))
        {
            Kernel32.SetConsoleMode(_input.Handle, input & ~ConsoleModeFlags.InputVirtualTerminal);
        }

        return _output.Mode is { } output
            && Kernel32.SetConsoleMode(
                _output.Handle,
                output | ConsoleModeFlags.OutputVirtualTerminalProcessing | ConsoleModeFlags.OutputDisableNewlineAutoReturn);
    }

    /// <summary>
    /// Asks for buffer-size records and turns QuickEdit off, on top of whatever the input mode is now
    /// (call after <c>Console.TreatControlCAsInput</c>, which rewrites it): a stray click would otherwise
    /// start a selection and freeze the screen, and this program has no use for the mouse.
    /// </summary>
    public void EnterRecordInput()
    {
        if (Kernel32.GetConsoleMode(_input.Handle, out var current))
        {
            Kernel32.SetConsoleMode(
                _input.Handle,
                (current | ConsoleModeFlags.InputWindow | ConsoleModeFlags.InputExtendedFlags) & ~ConsoleModeFlags.InputQuickEdit);
        }
    }

    /// <summary>Puts both modes back as they were found. Safe from any thread and more than once.</summary>
    public void Restore()
    {
        foreach (var handle in new[] { _input, _output })
        {
            if (handle.Mode is { } mode)
            {
                Kernel32.SetConsoleMode(handle.Handle, mode);
            }
        }
    }
}
