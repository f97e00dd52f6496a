namespace TextEhr.Tui.Views;

/// <summary>
/// What a handler asks the event loop to do, in htop's manner: handlers change state and say so; the
/// loop decides when to draw.
/// </summary>
public enum HandleResult
{
    /// <summary>Not for me: the loop offers the input to the next in line (the screen's key map, then its own).</summary>
    Ignored,

    /// <summary>Handled; draw the next frame.</summary>
    Redraw,

    /// <summary>Handled; close the screen or dialog on top.</summary>
    Close,
}
