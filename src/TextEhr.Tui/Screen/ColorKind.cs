namespace TextEhr.Tui.Screen;

/// <summary>How a <see cref="Color"/> is expressed to the terminal.</summary>
public enum ColorKind
{
    /// <summary>The terminal's own default foreground or background.</summary>
    Default,

    /// <summary>One of the 256 palette colours; 0–15 are the terminal's configurable basic colours.</summary>
    Indexed,

    /// <summary>24-bit colour.</summary>
    Rgb,
}
