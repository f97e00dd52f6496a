using System.Globalization;
using TextEhr.Tui.Screen;

namespace TextEhr.Tui.Themes;

/// <summary>
/// Colours as theme files write them: <c>"default"</c>, <c>"#RRGGBB"</c>, the sixteen basic names
/// (<c>"blue"</c>, <c>"bright-white"</c>), which every terminal including the Linux console draws,
/// or a 256-colour palette number.
/// </summary>
public static class ColorText
{
    private static readonly string[] BasicNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"];

    public static bool TryParse(string? text, out Color color)
    {
        color = Color.Default;
        var value = text?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        if (string.Equals(value, "default", StringComparison.Ordinal))
        {
            return true;
        }

        if (value.Length == 7 && value[0] == '#' && uint.TryParse(value.AsSpan(1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var rgb))
        {
            color = Color.Rgb((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb);
            return true;
        }

        if (byte.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            color = Color.Indexed(index);
            return true;
        }

        var bright = value.StartsWith("bright-", StringComparison.Ordinal);
        var basic = Array.IndexOf(BasicNames, bright ? value["bright-".Length..] : value);
        if (value is "gray" or "grey")
        {
            (bright, basic) = (true, 0);
        }

        if (basic < 0)
        {
            return false;
        }

        color = Color.Indexed((byte)(basic + (bright ? 8 : 0)));
        return true;
    }

    /// <summary>The text <see cref="TryParse"/> reads back: <c>default</c>, <c>#rrggbb</c> or the palette number.</summary>
    public static string Format(Color color) => color.Kind switch
    {
        ColorKind.Rgb => string.Create(CultureInfo.InvariantCulture, $"#{color.Red:X2}{color.Green:X2}{color.Blue:X2}"),
        ColorKind.Indexed => color.Index.ToString(CultureInfo.InvariantCulture),
        _ => "default",
    };
}
