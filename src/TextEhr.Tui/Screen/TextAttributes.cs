namespace TextEhr.Tui.Screen;

/// <summary>Character attributes every VT terminal supports.</summary>
[Flags]
public enum TextAttributes
{
    None = 0,
    Bold = 1,
    Underline = 2,
    Reverse = 4,
}
