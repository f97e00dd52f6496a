namespace TextEhr.Tui.Views;

/// <summary>How serious a status message is; each kind has its own words as well as its own colour.</summary>
public enum StatusKind
{
    Info,
    Warning,
    Error,
}
