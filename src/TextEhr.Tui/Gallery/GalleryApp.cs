using TextEhr.Tui.Hosting;
using TextEhr.Tui.Terminals;
using TextEhr.Tui.Themes;
using TextEhr.Tui.Views;

namespace TextEhr.Tui.Gallery;

/// <summary>
/// <c>textehr gallery</c>: the widget gallery on a terminal. With <see cref="ScreenDump.EnvironmentVariable"/>
/// (<c>TEXTEHR_SCREEN_DUMP=path</c>) set, the model of every frame is written to that file for
/// end-to-end tests.
/// </summary>
public static class GalleryApp
{
    /// <summary>Runs the gallery until Esc or Ctrl+C; the terminal is restored however it ends. Returns the exit code.</summary>
    /// <param name="terminal">The terminal; the caller disposes it.</param>
    /// <param name="time">Time for the loop's timers.</param>
    /// <param name="themeName">A theme name (paper, high-contrast, classic) or a path to a theme file; null for the default.</param>
    public static int Run(ITerminal terminal, TimeProvider time, string? themeName)
    {
        ArgumentNullException.ThrowIfNull(terminal);
        ArgumentNullException.ThrowIfNull(time);
        using var loop = Create(terminal, time, ThemeLoader.Load(themeName, ThemeLoader.DefaultDirectories()));
        ScreenDump.FromEnvironment()?.Attach(loop);
        loop.Run();
        return 0;
    }

    /// <summary>The loop with the gallery on it, not started: tests step it with <see cref="EventLoop.RunUntilIdle"/>.</summary>
    public static EventLoop Create(ITerminal terminal, TimeProvider time, ThemeLoadResult theme)
    {
        ArgumentNullException.ThrowIfNull(theme);
        var loop = new EventLoop(terminal, theme.Theme, time);
        var gallery = new GalleryScreen(loop);
        if (theme.Error is not null)
        {
            gallery.Status.Show(theme.Error, StatusKind.Error);
        }

        loop.Push(gallery);
        return loop;
    }
}
