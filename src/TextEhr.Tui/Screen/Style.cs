using System.Runtime.InteropServices;

namespace TextEhr.Tui.Screen;

/// <summary>How a cell is drawn. Themes map visual roles (Normal, Focus, Warning …) to styles.</summary>
[StructLayout(LayoutKind.Auto)]
public readonly record struct Style(Color Foreground, Color Background, TextAttributes Attributes = TextAttributes.None)
{
    /// <summary>Terminal default colours, no attributes.</summary>
    public static Style Default => default;

    public bool Has(TextAttributes attributes) => (Attributes & attributes) == attributes;
}
