using TextEhr.Tui.Commands;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Themes;
using TextEhr.Tui.Views;

namespace TextEhr.Tui.Hosting;

/// <summary>
/// A full screen, a dialog or an overlay on the event loop's stack. The loop offers each input to the
/// <see cref="Focused"/> view, then looks the key up in <see cref="Keys"/> and calls
/// <see cref="Execute"/>; commands the screen ignores fall to the loop (help, redraw, quit, back).
/// Screens are drawn bottom to top each frame, so a dialog shows over the screen that opened it.
/// </summary>
public interface IScreen
{
    /// <summary>The keys in force now; the F-key bar and the F1 help are generated from it.</summary>
    KeyMap Keys { get; }

    /// <summary>The view that gets input first, or null.</summary>
    IFocusable? Focused { get; }

    /// <summary>Places the views in <paramref name="area"/> (the terminal minus the F-key bar); called on push and on every resize.</summary>
    void Layout(Rect area);

    void Draw(ScreenBuffer screen, Theme theme);

    HandleResult Execute(CommandId command);
}
