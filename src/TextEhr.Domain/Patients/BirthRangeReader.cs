using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using TextEhr.Domain.Dates;

namespace TextEhr.Domain.Patients;

/// <summary>
/// Reads a 生年月日 search as a range of days: a whole date in any form <see cref="JapaneseDateParser"/>
/// reads, a 和暦 year or year/month (<c>S50</c>, <c>S50.3</c>, clipped to the era), a 西暦 year/month
/// (<c>1975/3</c>), or the start of <c>yyyymmdd</c> typed as digits.
/// </summary>
internal static partial class BirthRangeReader
{
    private const int RegexTimeoutMilliseconds = 100;

    // A year alone is the shortest birth prefix worth searching: "1" or "19" would list everyone.
    private const int ShortestBirthPrefix = 4;

    /// <summary>8 digits that are a real date, or 4–7 digits read as the start of <c>yyyymmdd</c>.</summary>
    public static (DateOnly From, DateOnly To)? FromDigits(string digits)
    {
        if (digits.Length < ShortestBirthPrefix || digits.Length > 8)
        {
            return null;
        }

        var year = Number(digits.AsSpan(0, 4));
        if (year < JapaneseEra.Meiji.FirstDay.Year)
        {
            return null;
        }

        var rest = digits[4..];
        (int Low, int High)? months = rest.Length switch
        {
            0 => (1, 12),
            1 => rest[0] switch { '0' => (1, 9), '1' => (10, 12), _ => null },
            _ => Number(rest.AsSpan(0, 2)) is var m and >= 1 and <= 12 ? (m, m) : null,
        };
        if (months is not { } month)
        {
            return null;
        }

        var lastDay = DateTime.DaysInMonth(year, month.High);
        (int Low, int High) days = rest.Length switch
        {
            <= 2 => (1, lastDay),
            3 => (Math.Max(1, (rest[2] - '0') * 10), Math.Min(lastDay, ((rest[2] - '0') * 10) + 9)),
            _ => (Number(rest.AsSpan(2, 2)), Number(rest.AsSpan(2, 2))),
        };
        return days.Low < 1 || days.High > lastDay || days.Low > days.High
            ? null
            : (new DateOnly(year, month.Low, days.Low), new DateOnly(year, month.High, days.High));
    }

    /// <summary>A whole date (any form the date parser reads), or a 和暦 year/month, or a 西暦 year/month.</summary>
    public static (DateOnly From, DateOnly To)? FromText(string text)
    {
        var parsed = JapaneseDateParser.Parse(text);
        if (parsed.IsSuccess)
        {
            return (parsed.Value, parsed.Value);
        }

        var canonical = Canonicalize(text);
        var match = EraPartPattern().Match(canonical);
        if (match.Success && JapaneseEra.Find(match.Groups["era"].Value) is { } era)
        {
            var eraYear = string.Equals(match.Groups["year"].Value, "元", StringComparison.Ordinal)
                ? 1
                : Number(match.Groups["year"].ValueSpan);
            return eraYear == 0 ? null : Clip(Span(era.GregorianYear(eraYear), match), era);
        }

        match = WesternPartPattern().Match(canonical);
        return match.Success ? Span(Number(match.Groups["year"].ValueSpan), match) : null;
    }

    private static (DateOnly From, DateOnly To)? Span(int year, Match match)
    {
        if (year < JapaneseEra.Meiji.FirstDay.Year || year > DateOnly.MaxValue.Year)
        {
            return null;
        }

        if (!match.Groups["month"].Success)
        {
            return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }

        var month = Number(match.Groups["month"].ValueSpan);
        return month is < 1 or > 12
            ? null
            : (new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));
    }

    /// <summary>S64 is 1989-01-01 to 01-07 only; a span wholly outside its era (H31.5) is no date.</summary>
    private static (DateOnly From, DateOnly To)? Clip((DateOnly From, DateOnly To)? span, JapaneseEra era)
    {
        if (span is not { } s)
        {
            return null;
        }

        var from = s.From < era.FirstDay ? era.FirstDay : s.From;
        var to = era.LastDay is { } last && s.To > last ? last : s.To;
        return from > to ? null : (from, to);
    }

    private static string Canonicalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToUpperInvariant())
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            builder.Append(c is '.' or '/' or '-' or '年' or '月' or '。' or '・' or 'ー' ? '.' : c);
        }

        return builder.ToString().TrimEnd('.');
    }

    private static int Number(ReadOnlySpan<char> digits) =>
        int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<era>[MTSHR]|明治|大正|昭和|平成|令和|[明大昭平令])\.?(?<year>[0-9]{1,2}|元)(\.(?<month>[0-9]{1,2}))?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, RegexTimeoutMilliseconds)]
    private static partial Regex EraPartPattern();

    [GeneratedRegex(@"^(?<year>[0-9]{4})\.(?<month>[0-9]{1,2})$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, RegexTimeoutMilliseconds)]
    private static partial Regex WesternPartPattern();
}
