using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using TextEhr.Domain.Validation;

namespace TextEhr.Domain.Dates;

/// <summary>
/// Reads a date typed as 和暦 (<c>S50.3.1</c>, <c>S500301</c>, <c>昭和50年3月1日</c>, <c>R元.5.1</c>) or 西暦
/// (<c>1975-03-01</c>, <c>1975/3/1</c>, <c>19750301</c>, <c>1975年3月1日</c>), full-width or half-width.
/// Two-digit western years are refused: <c>50.3.1</c> could be 1950 or 昭和50年.
/// </summary>
public static partial class JapaneseDateParser
{
    private const int RegexTimeoutMilliseconds = 100;

    public static ParseResult<DateOnly> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParseResult<DateOnly>.Failure(DateMessages.Empty);
        }

        var canonical = Canonicalize(text);
        var match = EraPattern().Match(canonical);
        if (!match.Success)
        {
            match = EraCompactPattern().Match(canonical);
        }

        if (match.Success)
        {
            return FromEra(match);
        }

        match = WesternPattern().Match(canonical);
        if (!match.Success)
        {
            match = WesternCompactPattern().Match(canonical);
        }

        if (match.Success)
        {
            return FromWestern(Number(match, "year"), Number(match, "month"), Number(match, "day"));
        }

        var shown = text.Trim();
        return ShortYearPattern().IsMatch(canonical)
            ? ParseResult<DateOnly>.Failure(DateMessages.NeedsEraOrFourDigitYear(shown))
            : ParseResult<DateOnly>.Failure(DateMessages.Unrecognised(shown));
    }

    private static ParseResult<DateOnly> FromEra(Match match)
    {
        var token = match.Groups["era"].Value;
        if (JapaneseEra.Find(token) is not { } era)
        {
            return ParseResult<DateOnly>.Failure(DateMessages.UnknownEra(token));
        }

        var yearText = match.Groups["year"].Value;
        var eraYear = string.Equals(yearText, "元", StringComparison.Ordinal) ? 1 : Number(match, "year");
        if (eraYear == 0)
        {
            return ParseResult<DateOnly>.Failure(DateMessages.EraYearZero(era));
        }

        var built = Build(era.GregorianYear(eraYear), Number(match, "month"), Number(match, "day"));
        if (!built.IsSuccess)
        {
            return built;
        }

        var date = built.Value;
        if (date < era.FirstDay)
        {
            return ParseResult<DateOnly>.Failure(DateMessages.BeforeEraStart(era, date));
        }

        return era.Contains(date)
            ? built
            : ParseResult<DateOnly>.Failure(DateMessages.AfterEraEnd(era, eraYear, date));
    }

    private static ParseResult<DateOnly> FromWestern(int year, int month, int day)
    {
        if (year < JapaneseEra.Meiji.FirstDay.Year)
        {
            return ParseResult<DateOnly>.Failure(DateMessages.BeforeSupportedRange);
        }

        var built = Build(year, month, day);
        return built.IsSuccess && built.Value < JapaneseEra.Meiji.FirstDay
            ? ParseResult<DateOnly>.Failure(DateMessages.BeforeSupportedRange)
            : built;
    }

    private static ParseResult<DateOnly> Build(int year, int month, int day)
    {
        if (month is < 1 or > 12)
        {
            return ParseResult<DateOnly>.Failure(DateMessages.MonthOutOfRange(month));
        }

        var lastDay = DateTime.DaysInMonth(year, month);
        return day < 1 || day > lastDay
            ? ParseResult<DateOnly>.Failure(DateMessages.DayOutOfRange(year, month, day, lastDay))
            : ParseResult<DateOnly>.Success(new DateOnly(year, month, day));
    }

    private static int Number(Match match, string group) =>
        int.Parse(match.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>
    /// NFKC (full-width to half-width), upper case, every separator to '.', a final 日 dropped. A space
    /// between two digits separates (<c>1975 3 1</c>); any other space is noise (<c>昭和 50年</c>).
    /// With the IME on, '-' types as ー and '.' as 。, and '/' as ・, so those separate too.
    /// </summary>
    private static string Canonicalize(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormKC).Trim().ToUpperInvariant();
        if (normalized.EndsWith('日'))
        {
            normalized = normalized[..^1];
        }

        var builder = new StringBuilder(normalized.Length);
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            if (char.IsWhiteSpace(c))
            {
                var end = i;
                while (end < normalized.Length && char.IsWhiteSpace(normalized[end]))
                {
                    end++;
                }

                if (builder.Length > 0 && char.IsAsciiDigit(builder[^1])
                    && end < normalized.Length && char.IsAsciiDigit(normalized[end]))
                {
                    builder.Append('.');
                }

                i = end - 1;
                continue;
            }

            builder.Append(IsSeparator(c) ? '.' : c);
        }

        return builder.ToString();
    }

    private static bool IsSeparator(char c) =>
        c is '.' or '/' or '-' or '年' or '月' or '。' or '・' or 'ー' or '、' or ','
            or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212';

    [GeneratedRegex(@"^(?<era>[A-Z]|明治|大正|昭和|平成|令和|[明大昭平令])\.?(?<year>[0-9]{1,3}|元)\.(?<month>[0-9]{1,2})\.(?<day>[0-9]{1,2})$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, RegexTimeoutMilliseconds)]
    private static partial Regex EraPattern();

    [GeneratedRegex(@"^(?<era>[A-Z]|明治|大正|昭和|平成|令和|[明大昭平令])(?<year>[0-9]{2})(?<month>[0-9]{2})(?<day>[0-9]{2})$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, RegexTimeoutMilliseconds)]
    private static partial Regex EraCompactPattern();

    [GeneratedRegex(@"^(?<year>[0-9]{4})\.(?<month>[0-9]{1,2})\.(?<day>[0-9]{1,2})$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, RegexTimeoutMilliseconds)]
    private static partial Regex WesternPattern();

    [GeneratedRegex(@"^(?<year>[0-9]{4})(?<month>[0-9]{2})(?<day>[0-9]{2})$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, RegexTimeoutMilliseconds)]
    private static partial Regex WesternCompactPattern();

    [GeneratedRegex(@"^([0-9]{1,3}\.[0-9]{1,2}\.[0-9]{1,2}|[0-9]{6})$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, RegexTimeoutMilliseconds)]
    private static partial Regex ShortYearPattern();
}
