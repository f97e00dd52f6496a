namespace TextEhr.Tui.Themes;

/// <summary>
/// What a cell means, never what colour it is (ARCHITECTURE §7); a theme maps each role to a style.
/// The numbers are the digits of the style maps tests assert.
/// </summary>
public enum VisualRole
{
    /// <summary>The page: text and the background everything sits on.</summary>
    Normal = 0,

    /// <summary>Field captions, headers, brackets of input boxes.</summary>
    Label = 1,

    /// <summary>Where typing goes now.</summary>
    Focus = 2,

    /// <summary>The chosen row or option when it does not have the focus.</summary>
    Selected = 3,

    /// <summary>A validation message or a failed search (always with words too).</summary>
    Error = 4,

    /// <summary>What must not be missed: allergies, unsaved changes.</summary>
    Warning = 5,

    /// <summary>The highlighted line at the top (the patient banner).</summary>
    Banner = 6,

    /// <summary>The F-key bar.</summary>
    KeyBar = 7,

    /// <summary>Fields that cannot be changed now.</summary>
    Disabled = 8,
}
