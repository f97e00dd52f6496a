using TextEhr.Tui.Commands;

namespace TextEhr.Tui.Views;

/// <summary>Ready-made dialogs: a question with OK and Cancel, and a notice with one button.</summary>
public static class MessageBox
{
    /// <summary>A question: Enter (決定) answers yes, Esc (取消) no.</summary>
    public static Dialog Confirm(string title, string message, Action<bool>? closed = null) => new(title, message, closed);

    /// <summary>A notice: Enter or Esc closes it.</summary>
    public static Dialog Inform(string title, string message, Action? closed = null) =>
        new(title, message, closed is null ? null : _ => closed())
        {
            Keys = StandardKeys.ForDialog()
                .WithLabel(StandardCommands.Accept, TuiMessages.CloseLabel)
                .Without(StandardCommands.Cancel)
                .With(StandardKeys.Cancel with { InBar = false }),
        };
}
