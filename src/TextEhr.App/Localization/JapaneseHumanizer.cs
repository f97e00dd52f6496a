using System.Globalization;
using Humanizer;
using Humanizer.Configuration;
using Humanizer.Localisation;
using TextEhr.App.Hosting;

namespace TextEhr.App.Localization;

/// <summary>
/// Registers <see cref="JapaneseFormatter"/> with Humanizer and says how long ago a stamp was, counted in
/// the clinic's days (Japan time), so 23:30 the day before yesterday is "2日前" even when both stamps
/// fall on the same UTC day.
/// </summary>
public static class JapaneseHumanizer
{
    private static readonly Lock Gate = new();
    private static bool _registered;

    /// <summary>The culture every Japanese humanization is asked for; the machine's own culture may be English.</summary>
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("ja-JP");

    /// <summary>Adds the Japanese formatter for <c>ja</c> (and so <c>ja-JP</c>); safe to call any number of times.</summary>
    public static void Register()
    {
        lock (Gate)
        {
            if (_registered)
            {
                return;
            }

            Configurator.Formatters.Register("ja", new JapaneseFormatter());
            _registered = true;
        }
    }

    /// <summary>"3日前", "2時間前", "たった今", "明日" … for <paramref name="stamp"/> seen at <paramref name="now"/>.</summary>
    public static string Ago(DateTimeOffset stamp, DateTimeOffset now)
    {
        Register();

        // Humanizer counts calendar days on the UTC dates; Japan-time wall clocks given as UTC make those days Japan's.
        return AsWallClock(stamp).Humanize(AsWallClock(now), Culture);
    }

    /// <summary>A duration in Japanese, "3日" or "2時間", to the second.</summary>
    public static string Duration(TimeSpan span)
    {
        Register();
        return span.Humanize(culture: Culture, minUnit: TimeUnit.Second);
    }

    private static DateTimeOffset AsWallClock(DateTimeOffset stamp) => new(ClinicTime.ToJst(stamp).DateTime, TimeSpan.Zero);
}
