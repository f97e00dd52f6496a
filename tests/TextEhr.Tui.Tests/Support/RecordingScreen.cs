using TextEhr.Tui.Commands;
using TextEhr.Tui.Hosting;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Themes;
using TextEhr.Tui.Views;

namespace TextEhr.Tui.Tests.Support;

/// <summary>A screen with one text field at (2, 1) that records the commands it is given and handles New.</summary>
internal sealed class RecordingScreen : IScreen
{
    public TextField Field { get; } = new() { HasFocus = true };

    public List<CommandId> Commands { get; } = [];

    public List<Rect> Layouts { get; } = [];

    public int Draws { get; private set; }

    public KeyMap Keys { get; set; } = StandardKeys.ForScreen("test");

    public IFocusable? Focused => Field;

    public void Layout(Rect area)
    {
        Layouts.Add(area);
        Field.Bounds = new Rect(2, 1, Math.Min(20, area.Width - 2), 1);
    }

    public void Draw(ScreenBuffer screen, Theme theme)
    {
        Draws++;
        Field.Draw(screen, theme);
    }

    public HandleResult Execute(CommandId command)
    {
        Commands.Add(command);
        return command == StandardCommands.New ? HandleResult.Redraw : HandleResult.Ignored;
    }
}
