namespace TextEhr.Tui.Input;

/// <summary>A bracketed paste as one event: NFC, line feeds only, no control characters.</summary>
public sealed record PasteEvent(string Text) : InputEvent;
