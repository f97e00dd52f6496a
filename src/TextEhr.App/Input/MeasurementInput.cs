using System.Globalization;
using TextEhr.Domain.Validation;

namespace TextEhr.App.Input;

/// <summary>
/// A vital sign within a plausible range, with or without its unit (<c>36.8</c>, <c>36.8℃</c>): a typo
/// such as 368 for 36.8 is refused rather than charted.
/// </summary>
public static class MeasurementInput
{
    private static readonly string[] Units = ["mmHg", "bpm", "/分", "回/分", "℃", "°C", "度", "%", "cm", "kg"];

    public static ParseResult<int> ParseWhole(string text, int min, int max, string unit)
    {
        ArgumentNullException.ThrowIfNull(text);
        var number = StripUnit(TypedText.Fold(text));
        return int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? ParseResult<int>.Success(value)
            : ParseResult<int>.Failure(InputMessages.Measurement(text.Trim(), min, max, unit));
    }

    public static ParseResult<decimal> ParseDecimal(string text, decimal min, decimal max, string unit)
    {
        ArgumentNullException.ThrowIfNull(text);
        var number = StripUnit(TypedText.Fold(text));
        return decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            && value >= min && value <= max
            ? ParseResult<decimal>.Success(value)
            : ParseResult<decimal>.Failure(InputMessages.Measurement(text.Trim(), min, max, unit));
    }

    private static string StripUnit(string text)
    {
        foreach (var unit in Units)
        {
            if (text.EndsWith(unit, StringComparison.OrdinalIgnoreCase))
            {
                return text[..^unit.Length].TrimEnd();
            }
        }

        return text;
    }
}
