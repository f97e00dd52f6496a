using TextEhr.Tui.Input;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Views;

namespace TextEhr.App.Screens.Charting;

/// <summary>
/// The focused box as the loop sees it, with a note after every key it took: not every box says when
/// its text changes, and the page must notice each change to save it a few seconds later.
/// </summary>
internal sealed class WatchedFocus(IFocusable inner, Action handled) : IFocusable
{
    public IFocusable Inner => inner;

    public bool HasFocus
    {
        get => inner.HasFocus;
        set => inner.HasFocus = value;
    }

    public bool IsEnabled => inner.IsEnabled;

    public Point? Caret => inner.Caret;

    public HandleResult Handle(InputEvent input)
    {
        var result = inner.Handle(input);
        if (result != HandleResult.Ignored)
        {
            handled();
        }

        return result;
    }
}
