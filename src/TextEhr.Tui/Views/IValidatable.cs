namespace TextEhr.Tui.Views;

/// <summary>A field that checks its text when the focus leaves it (parse on leave; save is a separate step).</summary>
public interface IValidatable
{
    /// <summary>Parses the text, remembers and shows the outcome; returns the Japanese error, or null when valid.</summary>
    string? Validate();
}
