using TextEhr.Tui.Input;
using TextEhr.Tui.Testing;
using TextEhr.Tui.Views;

namespace TextEhr.Tui.Tests.Support;

/// <summary>Input straight into one view, typed text going through the real key decoder (𠮷 as two keys).</summary>
internal static class Drive
{
    public static void Type(IFocusable view, string text)
    {
        var decoder = new KeyDecoder(input => view.Handle(input), "xterm-256color");
        foreach (var key in KeyScript.Type(text))
        {
            decoder.Feed(key);
        }

        decoder.Idle();
    }

    public static HandleResult Press(IFocusable view, ConsoleKey key, ConsoleModifiers modifiers = ConsoleModifiers.None) =>
        view.Handle(KeyEvent.Command(key, modifiers));

    public static void Press(IFocusable view, ConsoleKey key, int times)
    {
        for (var i = 0; i < times; i++)
        {
            Press(view, key);
        }
    }

    public static HandleResult Paste(IFocusable view, string text) => view.Handle(new PasteEvent(text));
}
