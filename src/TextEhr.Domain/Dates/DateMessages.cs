using System.Globalization;

namespace TextEhr.Domain.Dates;

/// <summary>
/// Every Japanese text the date types show. Each refusal says why and shows a form that works; tests
/// assert through these accessors, never through copied literals.
/// </summary>
public static class DateMessages
{
    /// <summary>The forms listed when input cannot be read at all.</summary>
    public const string AcceptedForms =
        "S50.3.1 / S500301 / 昭和50年3月1日 / R元.5.1 / 1975-03-01 / 19750301 / 1975年3月1日";

    public static string Empty => "日付を入力してください(例: S50.3.1、昭和50年3月1日、1975-03-01)。";

    public static string Unrecognised(string input) =>
        $"「{input}」は日付として読めません。次の形で入力してください: {AcceptedForms}";

    public static string NeedsEraOrFourDigitYear(string input) =>
        $"「{input}」は年が何年か決まりません。S50.3.1 のように元号の文字を付けるか、1975-03-01 のように西暦を4桁で入力してください。";

    public static string UnknownEra(string token) =>
        $"「{token}」は元号ではありません。M(明治)、T(大正)、S(昭和)、H(平成)、R(令和)のどれかで入力してください。";

    public static string EraYearZero(JapaneseEra era)
    {
        ArgumentNullException.ThrowIfNull(era);
        return $"{era.Name}0年はありません。最初の年は{era.Name}元年({era.Letter}1)です。";
    }

    public static string MonthOutOfRange(int month) =>
        Invariant($"{month}月はありません。月は1から12で入力してください。");

    /// <summary>A day the month does not have: <c>2月に30日はありません(2023年の2月は28日まで)。</c></summary>
    public static string DayOutOfRange(int year, int month, int day, int lastDay) =>
        month == 2
            ? Invariant($"2月に{day}日はありません({year}年の2月は{lastDay}日まで)。日付を確かめてください。")
            : Invariant($"{month}月に{day}日はありません({month}月は{lastDay}日まで)。日付を確かめてください。");

    /// <summary>
    /// An era year past the era's end, e.g. H31.5.1: names the era's last day and the right form of
    /// <paramref name="date"/> (令和元年5月1日 (R1.5.1)).
    /// </summary>
    public static string AfterEraEnd(JapaneseEra era, int eraYear, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(era);
        var last = era.LastDay ?? throw new ArgumentException("The current era has no end.", nameof(era));
        var limit = eraYear == era.LastYear
            ? Invariant($"{era.Name}{eraYear}年は{last.Month}月{last.Day}日までです。")
            : Invariant($"{era.Name}は{era.LastYear}年{last.Month}月{last.Day}日までです。");
        return limit + RightForm(date);
    }

    /// <summary>
    /// A date before the era began, e.g. H1.1.7: it is 昭和64年1月7日 (S64.1.7). Before 明治 there is no
    /// right form, only <see cref="BeforeSupportedRange"/>.
    /// </summary>
    public static string BeforeEraStart(JapaneseEra era, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(era);
        if (JapaneseEra.ForDate(date) is null)
        {
            return BeforeSupportedRange;
        }

        var start = era.FirstDay;
        return Invariant($"{era.Name}は{start.Year}年{start.Month}月{start.Day}日からです。") + RightForm(date);
    }

    public static string BeforeSupportedRange =>
        Invariant($"{FirstSupportedDay()}より前の日付は入力できません。");

    public static string AgeInYears(int years) => Invariant($"{years}歳");

    public static string AgeInMonths(int months) => Invariant($"{months}か月");

    public static string AgeInDays(int days) => Invariant($"{days}日");

    private static string RightForm(DateOnly date) =>
        Invariant($"{date.Year}年{date.Month}月{date.Day}日は{JapaneseDateFormatter.FormatWareki(date)} ({JapaneseDateFormatter.FormatShort(date)}) です。");

    private static string FirstSupportedDay()
    {
        var first = JapaneseEra.Meiji.FirstDay;
        return Invariant($"{first.Year}年{first.Month}月{first.Day}日({JapaneseDateFormatter.FormatWareki(first)})");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
