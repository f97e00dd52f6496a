namespace TextEhr.Tui.Input;

/// <summary>The terminal now has this many columns and rows; the next frame is a full repaint.</summary>
public sealed record ResizeEvent(int Width, int Height) : InputEvent;
