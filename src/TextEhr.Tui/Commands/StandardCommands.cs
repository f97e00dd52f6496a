namespace TextEhr.Tui.Commands;

/// <summary>The commands every screen shares (ARCHITECTURE §6); applications add their own.</summary>
public static class StandardCommands
{
    /// <summary>F1: the keys of this screen.</summary>
    public static CommandId Help { get; } = new("Help");

    /// <summary>F2: a new patient, visit or Rp.</summary>
    public static CommandId New { get; } = new("New");

    /// <summary>F3: search.</summary>
    public static CommandId Search { get; } = new("Search");

    /// <summary>F5: Do, copy the previous entry.</summary>
    public static CommandId CopyPrevious { get; } = new("CopyPrevious");

    /// <summary>F8: print or make a PDF.</summary>
    public static CommandId Print { get; } = new("Print");

    /// <summary>F10: keep as a draft.</summary>
    public static CommandId SaveDraft { get; } = new("SaveDraft");

    /// <summary>F12: confirm (確定) or register.</summary>
    public static CommandId Confirm { get; } = new("Confirm");

    /// <summary>Esc: back to where the user came from.</summary>
    public static CommandId Back { get; } = new("Back");

    /// <summary>Ctrl+L: repaint the whole screen.</summary>
    public static CommandId Redraw { get; } = new("Redraw");

    /// <summary>Enter or Tab: the next field.</summary>
    public static CommandId NextField { get; } = new("NextField");

    /// <summary>Shift+Tab: the previous field.</summary>
    public static CommandId PreviousField { get; } = new("PreviousField");

    /// <summary>Ctrl+C: leave the program.</summary>
    public static CommandId Quit { get; } = new("Quit");

    /// <summary>Enter in a dialog: accept.</summary>
    public static CommandId Accept { get; } = new("Accept");

    /// <summary>Esc in a dialog: cancel.</summary>
    public static CommandId Cancel { get; } = new("Cancel");
}
