using TextEhr.Tui.Screen;
using TextEhr.Tui.Themes;
using TextEhr.Tui.Views;

namespace TextEhr.Tui.Tests.Support;

/// <summary>Draws one view alone on a blank screen in the paper theme, whose nine roles all differ.</summary>
internal static class Render
{
    public static Theme Theme => Theme.Paper;

    /// <summary>The paper theme's styles in role order: digit n in a style map is <see cref="VisualRole"/> n.</summary>
    public static Style[] Roles => [.. Theme.Paper.Palette];

    public static ScreenBuffer View(View view, int width, int height = 1)
    {
        var screen = new ScreenBuffer(width, height);
        screen.Clear(Theme[VisualRole.Normal]);
        view.Bounds = screen.Bounds;
        view.Draw(screen, Theme);
        return screen;
    }

    public static ScreenBuffer Again(View view, ScreenBuffer screen)
    {
        screen.Clear(Theme[VisualRole.Normal]);
        view.Draw(screen, Theme);
        return screen;
    }
}
