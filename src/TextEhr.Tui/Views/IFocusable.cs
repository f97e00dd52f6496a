using TextEhr.Tui.Input;
using TextEhr.Tui.Screen;

namespace TextEhr.Tui.Views;

/// <summary>A view that can take the keyboard: the event loop offers it each input first.</summary>
public interface IFocusable
{
    /// <summary>Set by the focus ring; the view draws itself in the Focus role while it is true.</summary>
    bool HasFocus { get; set; }

    /// <summary>False skips the view when moving the focus and draws it in the Disabled role.</summary>
    bool IsEnabled { get; }

    /// <summary>Where the hardware cursor goes while focused (the IME draws its pre-edit text there); null hides it.</summary>
    Point? Caret { get; }

    /// <summary>Reacts to a key or a paste; <see cref="HandleResult.Ignored"/> passes it on to the screen's key map.</summary>
    HandleResult Handle(InputEvent input);
}
