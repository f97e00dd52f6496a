using TextEhr.Tui.Screen;

namespace TextEhr.Tui.Testing;

/// <summary>Applies SGR parameters to a style, as a terminal does; the emulator's half of the renderer's SGR writer.</summary>
internal static class SgrParameters
{
    public static Style Apply(Style style, int[] parameters)
    {
        for (var i = 0; i < parameters.Length; i++)
        {
            var p = parameters[i];
            style = p switch
            {
                0 => Style.Default,
                1 => style with { Attributes = style.Attributes | TextAttributes.Bold },
                4 => style with { Attributes = style.Attributes | TextAttributes.Underline },
                7 => style with { Attributes = style.Attributes | TextAttributes.Reverse },
                22 => style with { Attributes = style.Attributes & ~TextAttributes.Bold },
                24 => style with { Attributes = style.Attributes & ~TextAttributes.Underline },
                27 => style with { Attributes = style.Attributes & ~TextAttributes.Reverse },
                >= 30 and <= 37 => style with { Foreground = Color.Indexed((byte)(p - 30)) },
                >= 90 and <= 97 => style with { Foreground = Color.Indexed((byte)(p - 90 + 8)) },
                38 => style with { Foreground = Extended(parameters, ref i) },
                39 => style with { Foreground = Color.Default },
                >= 40 and <= 47 => style with { Background = Color.Indexed((byte)(p - 40)) },
                >= 100 and <= 107 => style with { Background = Color.Indexed((byte)(p - 100 + 8)) },
                48 => style with { Background = Extended(parameters, ref i) },
                49 => style with { Background = Color.Default },
                _ => throw new NotSupportedException($"The emulator does not expect SGR {p}."),
            };
        }

        return style;
    }

    // 38;5;n or 38;2;r;g;b (and the same after 48).
    private static Color Extended(int[] parameters, ref int i)
    {
        var kind = parameters[++i];
        if (kind == 5)
        {
            return Color.Indexed(checked((byte)parameters[++i]));
        }

        if (kind == 2)
        {
            i += 3;
            return Color.Rgb(checked((byte)parameters[i - 2]), checked((byte)parameters[i - 1]), checked((byte)parameters[i]));
        }

        throw new NotSupportedException($"The emulator does not expect SGR 38/48;{kind}.");
    }
}
