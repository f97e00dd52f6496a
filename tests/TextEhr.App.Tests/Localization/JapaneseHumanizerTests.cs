using System.Globalization;
using Humanizer;
using Humanizer.Configuration;
using Humanizer.Localisation;
using TextEhr.App.Localization;

namespace TextEhr.App.Tests.Localization;

public sealed class JapaneseHumanizerTests
{
    // 2026-11-22 18:02 in Japan.
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 18, 2, 0, TimeSpan.FromHours(9));

    [Theory]
    [InlineData(0, "たった今")]
    [InlineData(25, "たった今")]
    [InlineData(60 * 5, "5分前")]
    [InlineData(60 * 90, "1時間前")]
    [InlineData(3600 * 2, "2時間前")]
    [InlineData(3600 * 23, "23時間前")]
    [InlineData(86400 * 3, "3日前")]
    [InlineData(86400 * 7, "1週間前")]
    [InlineData(86400 * 10, "10日前")]
    [InlineData(86400 * 14, "2週間前")]
    [InlineData(86400 * 62, "2か月前")]
    [InlineData(86400 * 400, "1年前")]
    [InlineData(86400 * 365 * 3, "3年前")]
    public void Past_stamps_read_as_natural_Japanese(int secondsAgo, string expected)
    {
        Assert.Equal(expected, JapaneseHumanizer.Ago(Now.AddSeconds(-secondsAgo), Now));
    }

    [Theory]
    [InlineData(60 * 20, "20分後")]
    [InlineData(3600 * 3, "3時間後")]
    [InlineData(86400 * 3, "3日後")]
    [InlineData(86400 * 21, "3週間後")]
    [InlineData(86400 * 95, "3か月後")]
    [InlineData(10, "まもなく")]
    public void Future_stamps_read_as_after(int secondsAhead, string expected)
    {
        Assert.Equal(expected, JapaneseHumanizer.Ago(Now.AddSeconds(secondsAhead), Now));
    }

    [Fact]
    public void Yesterday_and_tomorrow_have_their_own_words()
    {
        Assert.Equal("昨日", JapaneseHumanizer.Ago(Now.AddHours(-30), Now));
        Assert.Equal("明日", JapaneseHumanizer.Ago(Now.AddHours(28), Now));
    }

    [Fact]
    public void Days_are_counted_on_the_clinic_calendar_not_on_UTC()
    {
        // 23:30 on the 20th and 08:00 on the 22nd in Japan are both on the 21st in UTC.
        var now = new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.FromHours(9));
        var stamp = new DateTimeOffset(2026, 11, 20, 23, 30, 0, TimeSpan.FromHours(9));

        Assert.Equal("2日前", JapaneseHumanizer.Ago(stamp, now));
        Assert.Equal("2日前", JapaneseHumanizer.Ago(stamp.ToUniversalTime(), now.ToUniversalTime()));
    }

    [Fact]
    public void A_backup_three_days_old_reads_saishuu_backup_mikka_mae()
    {
        var finished = Now.AddDays(-3).AddMinutes(-5);

        Assert.Equal("最終バックアップ: 3日前", "最終バックアップ: " + JapaneseHumanizer.Ago(finished, Now));
    }

    [Theory]
    [InlineData(0, "0秒")]
    [InlineData(45, "45秒")]
    [InlineData(60 * 12, "12分")]
    [InlineData(3600 * 5, "5時間")]
    [InlineData(86400 * 3, "3日")]
    [InlineData(86400 * 14, "2週間")]
    public void Durations_have_no_plural_and_no_spaces(int seconds, string expected)
    {
        Assert.Equal(expected, JapaneseHumanizer.Duration(TimeSpan.FromSeconds(seconds)));
    }

    [Fact]
    public void Plain_Humanizer_calls_in_Japanese_use_the_formatter_once_registered()
    {
        JapaneseHumanizer.Register();
        var japan = CultureInfo.GetCultureInfo("ja-JP");

        Assert.Equal("3日", TimeSpan.FromDays(3).Humanize(culture: japan));
        Assert.Equal("2時間前", DateTime.UtcNow.AddHours(-2).AddMinutes(-1).Humanize(culture: japan));
        Assert.Equal("なし", ((DateTime?)null).Humanize(culture: japan));
        Assert.Equal("日", TimeUnit.Day.ToSymbol(japan));
    }

    [Fact]
    public void Registering_twice_is_safe_and_keeps_one_Japanese_formatter()
    {
        JapaneseHumanizer.Register();
        JapaneseHumanizer.Register();
        Parallel.For(0, 8, _ => JapaneseHumanizer.Register());

        Assert.IsType<JapaneseFormatter>(Configurator.Formatters.ResolveForCulture(CultureInfo.GetCultureInfo("ja-JP")));
        Assert.IsType<JapaneseFormatter>(Configurator.Formatters.ResolveForCulture(CultureInfo.GetCultureInfo("ja")));
        Assert.Equal("3日前", JapaneseHumanizer.Ago(Now.AddDays(-3), Now));
    }

    [Fact]
    public void English_stays_English()
    {
        JapaneseHumanizer.Register();

        Assert.Equal("3 days ago", DateTime.UtcNow.AddDays(-3).AddMinutes(-1).Humanize(culture: CultureInfo.GetCultureInfo("en-US")));
    }
}
