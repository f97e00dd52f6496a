using TextEhr.Tui.Screen;
using TextEhr.Tui.Themes;

namespace TextEhr.Tui.Views;

/// <summary>
/// Something drawn in a rectangle of the screen buffer. Views never touch the console; they draw
/// into a <see cref="ScreenBuffer"/> with styles from a <see cref="Theme"/>, so every view is
/// testable as text.
/// </summary>
public abstract class View
{
    /// <summary>Where the view draws, set by its container's layout; nothing is drawn outside it.</summary>
    public Rect Bounds { get; set; }

    public abstract void Draw(ScreenBuffer screen, Theme theme);
}
