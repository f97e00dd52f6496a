using TextEhr.Tui.Screen;

namespace TextEhr.Tui.Hosting;

/// <summary>A frame just sent to the terminal: the model, the bytes it took and the time to draw and encode it.</summary>
/// <param name="screen">The model as drawn; valid until the next frame.</param>
/// <param name="bytesWritten">Bytes written to the terminal; 0 when nothing changed.</param>
/// <param name="elapsed">Drawing plus diffing, measured with the loop's time provider.</param>
public sealed class FrameRenderedEventArgs(ScreenBuffer screen, int bytesWritten, TimeSpan elapsed) : EventArgs
{
    public ScreenBuffer Screen { get; } = screen;

    public int BytesWritten { get; } = bytesWritten;

    public TimeSpan Elapsed { get; } = elapsed;
}
