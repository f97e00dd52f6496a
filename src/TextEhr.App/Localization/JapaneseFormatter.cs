using System.Globalization;
using Humanizer.Localisation;
using Humanizer.Localisation.Formatters;

namespace TextEhr.App.Localization;

/// <summary>
/// Humanizer's words in Japanese ("3日前", "2時間後", "たった今"), which Humanizer.Core 2.14.1 lacks.
/// Japanese has no plural forms, so every unit is a number plus a counter; numbers stay in digits
/// (<c>toWords</c> is ignored) because an elderly reader scans 12 faster than 十二.
/// </summary>
public sealed class JapaneseFormatter : DefaultFormatter
{
    /// <summary>A formatter for the <c>ja</c> locale.</summary>
    public JapaneseFormatter()
        : base("ja")
    {
    }

    /// <inheritdoc/>
    public override string DateHumanize_Now() => "たった今";

    /// <inheritdoc/>
    public override string DateHumanize_Never() => "なし";

    /// <inheritdoc/>
    public override string DateHumanize(TimeUnit timeUnit, Tense timeUnitTense, int unit)
    {
        var past = timeUnitTense == Tense.Past;

        // Seconds are noise for a person asking "when was it": Humanizer's "30 seconds ago" reads as just now.
        if (unit == 0 || timeUnit is TimeUnit.Millisecond or TimeUnit.Second)
        {
            return past ? DateHumanize_Now() : "まもなく";
        }

        if (timeUnit == TimeUnit.Day && unit == 1)
        {
            return past ? "昨日" : "明日";
        }

        // Humanizer never passes weeks to a date; a whole number of weeks still reads better as weeks.
        if (timeUnit == TimeUnit.Day && unit % 7 == 0)
        {
            return Relative(Count(TimeUnit.Week, unit / 7), past);
        }

        return Relative(Count(timeUnit, unit), past);
    }

    /// <inheritdoc/>
    public override string TimeSpanHumanize_Zero() => Count(TimeUnit.Second, 0);

    /// <inheritdoc/>
    public override string TimeSpanHumanize(TimeUnit timeUnit, int unit, bool toWords = false) => Count(timeUnit, unit);

    /// <inheritdoc/>
    public override string TimeUnitHumanize(TimeUnit timeUnit) => Counter(timeUnit);

    /// <inheritdoc/>
    public override string DataUnitHumanize(DataUnit dataUnit, double count, bool toSymbol = true) =>
        base.DataUnitHumanize(dataUnit, count, toSymbol: true);

    private static string Relative(string amount, bool past) => amount + (past ? "前" : "後");

    private static string Count(TimeUnit timeUnit, int unit) => unit.ToString(CultureInfo.InvariantCulture) + Counter(timeUnit);

    private static string Counter(TimeUnit timeUnit) => timeUnit switch
    {
        TimeUnit.Millisecond => "ミリ秒",
        TimeUnit.Second => "秒",
        TimeUnit.Minute => "分",
        TimeUnit.Hour => "時間",
        TimeUnit.Day => "日",
        TimeUnit.Week => "週間",
        TimeUnit.Month => "か月",
        TimeUnit.Year => "年",
        _ => throw new ArgumentOutOfRangeException(nameof(timeUnit), timeUnit, "Unknown time unit."),
    };
}
