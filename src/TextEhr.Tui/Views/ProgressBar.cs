using System.Globalization;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Themes;

namespace TextEhr.Tui.Views;

/// <summary>
/// One row: a bar of full and empty blocks, the percentage and a caption, e.g.
/// <c>[############........]  60%  暗号化して書き込んでいます</c>. No fraction draws the caption alone.
/// ASCII on purpose: block characters are East Asian ambiguous width and would shift the row on a CJK terminal.
/// </summary>
public sealed class ProgressBar : View
{
    private const int BarCells = 20;

    /// <summary>0 to 1; null when the step's length is unknown.</summary>
    public double? Fraction { get; set; }

    public string Caption { get; set; } = string.Empty;

    /// <summary>The row as drawn, for tests and screen readers.</summary>
    public string Text
    {
        get
        {
            if (Fraction is not { } fraction)
            {
                return Caption;
            }

            var clamped = Math.Clamp(fraction, 0, 1);
            var full = (int)Math.Round(clamped * BarCells, MidpointRounding.ToZero);
            var percent = ((int)Math.Round(clamped * 100, MidpointRounding.ToZero)).ToString(CultureInfo.InvariantCulture).PadLeft(3);
            return $"[{new string('#', full)}{new string('.', BarCells - full)}] {percent}%  {Caption}";
        }
    }

    public override void Draw(ScreenBuffer screen, Theme theme)
    {
        ArgumentNullException.ThrowIfNull(screen);
        ArgumentNullException.ThrowIfNull(theme);
        var style = theme[VisualRole.Normal];
        screen.Fill(Bounds, style);
        screen.Write(Bounds.X, Bounds.Y, Text, style, Bounds);
    }
}
