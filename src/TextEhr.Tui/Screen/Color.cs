using System.Runtime.InteropServices;

namespace TextEhr.Tui.Screen;

/// <summary>A foreground or background colour: the terminal default, a 256-colour index or RGB.</summary>
[StructLayout(LayoutKind.Auto)]
public readonly record struct Color
{
    private readonly uint _value;

    private Color(ColorKind kind, uint value)
    {
        Kind = kind;
        _value = value;
    }

    /// <summary>The terminal's default colour.</summary>
    public static Color Default => default;

    public ColorKind Kind { get; }

    /// <summary>The palette index (meaningful when <see cref="Kind"/> is <see cref="ColorKind.Indexed"/>).</summary>
    public byte Index => Kind == ColorKind.Indexed ? (byte)_value : (byte)0;

    public byte Red => (byte)(_value >> 16);

    public byte Green => (byte)(_value >> 8);

    public byte Blue => (byte)_value;

    public static Color Indexed(byte index) => new(ColorKind.Indexed, index);

    public static Color Rgb(byte red, byte green, byte blue) =>
        new(ColorKind.Rgb, ((uint)red << 16) | ((uint)green << 8) | blue);
}
