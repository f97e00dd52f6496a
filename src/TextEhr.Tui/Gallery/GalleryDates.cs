using System.Globalization;

namespace TextEhr.Tui.Gallery;

/// <summary>
/// The gallery's stand-in for the domain's 和暦 parser (the terminal layer knows no medicine and no
/// domain): 1975-03-01, 1975/3/1, 19750301, or an era letter with a year (S50.3.1, H1.1.8, R7.4.1).
/// </summary>
internal static class GalleryDates
{
    private static readonly (char Letter, int FirstYear)[] Eras = [('M', 1868), ('T', 1912), ('S', 1926), ('H', 1989), ('R', 2019)];

    public static (DateOnly? Value, string? Error) Parse(string text)
    {
        var value = text.Trim().ToUpperInvariant();
        if (value.Length == 8 && value.All(char.IsAsciiDigit))
        {
            value = $"{value[..4]}-{value[4..6]}-{value[6..]}";
        }

        var era = Array.FindIndex(Eras, e => value.StartsWith(e.Letter));
        var parts = (era >= 0 ? value[1..] : value).Split('.', '/', '-');
        if (parts.Length != 3 || !parts.All(part => int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            return (null, "日付が読めません");
        }

        var numbers = parts.Select(part => int.Parse(part, CultureInfo.InvariantCulture)).ToArray();
        var year = era >= 0 ? Eras[era].FirstYear + numbers[0] - 1 : numbers[0];
        return year is >= 1868 and <= 9999 && numbers[1] is >= 1 and <= 12 && numbers[2] >= 1 && numbers[2] <= DateTime.DaysInMonth(year, numbers[1])
            ? (new DateOnly(year, numbers[1], numbers[2]), null)
            : (null, "ない日付です");
    }

    public static string Format(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
}
