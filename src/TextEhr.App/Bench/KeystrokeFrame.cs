namespace TextEhr.App.Bench;

/// <summary>One keystroke on the virtual terminal: the time until its frame was written, and that frame's size.</summary>
/// <param name="Milliseconds">From handing the key to the decoder to the end of the frame's write.</param>
/// <param name="Bytes">Bytes the frame wrote to the terminal (0 when nothing on screen changed).</param>
public sealed record KeystrokeFrame(double Milliseconds, int Bytes);
