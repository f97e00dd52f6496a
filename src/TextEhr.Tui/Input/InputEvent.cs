namespace TextEhr.Tui.Input;

/// <summary>Something the UI thread must react to: a key, a paste, a resize.</summary>
public abstract record InputEvent;
