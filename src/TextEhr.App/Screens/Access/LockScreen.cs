using TextEhr.App.Ui;
using TextEhr.Tui.Commands;
using TextEhr.Tui.Hosting;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Themes;
using TextEhr.Tui.Views;

namespace TextEhr.App.Screens.Access;

// SKELETON: replaced by the helper that owns Screens/Access.
public sealed class LockScreen(AppSession session) : IScreen
{
    private readonly Label _title = new("LockScreen");

    public KeyMap Keys { get; } = StandardKeys.ForScreen("LockScreen");

    public IFocusable? Focused => null;

    public AppSession Session => session;

    public void Layout(Rect area) => _title.Bounds = area with { Height = 1 };

    public void Draw(ScreenBuffer screen, Theme theme) => _title.Draw(screen, theme);

    public HandleResult Execute(CommandId command) => HandleResult.Ignored;
}
