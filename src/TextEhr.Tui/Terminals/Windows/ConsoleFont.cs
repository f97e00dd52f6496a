using System.Runtime.Versioning;

namespace TextEhr.Tui.Terminals.Windows;

/// <summary>
/// The console font's size, stepped by Ctrl+Plus / Ctrl+Minus. Works in conhost only: Windows Terminal
/// keeps those keys for its own zoom and ignores <c>SetCurrentConsoleFontEx</c> (microsoft/terminal #7585).
/// </summary>
[SupportedOSPlatform("windows")]
internal static class ConsoleFont
{
    /// <summary>Makes the font one step larger (+1) or smaller (-1), keeping its face and weight.</summary>
    /// <returns>False when there is no console font to change (redirected output, or the call failed).</returns>
    public static bool Step(int steps)
    {
        var output = Kernel32.GetStdHandle(StandardHandle.Output);
        var font = ConsoleFontInfo.Empty();
        if (!Kernel32.GetCurrentConsoleFontEx(output, maximumWindow: false, ref font) || font.FontHeight <= 0)
        {
            return false;
        }

        font.FontHeight = (short)ConsoleFontSizes.Next(font.FontHeight, steps);
        // Width 0 lets the console pick the width that goes with the face at this height.
        font.FontWidth = 0;
        return Kernel32.SetCurrentConsoleFontEx(output, maximumWindow: false, ref font);
    }
}
