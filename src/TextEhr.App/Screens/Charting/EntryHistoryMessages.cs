using System.Globalization;

namespace TextEhr.App.Screens.Charting;

/// <summary>The version history's Japanese sentences.</summary>
public static class EntryHistoryMessages
{
    public const string Title = "記載の履歴";
    public const string NoCorrections = "訂正はありません。";
    public const string NotFound = "この記載は見つかりません。Esc で戻ってください。";
    public const string Hint = "Left/Right 版の切替  Up/Down 上下に送る  * は変わった行  Esc 戻る";
    public const string EmptyContent = "(記載なし)";
    public const string Unconfirmed = "確定 (未確定)";
    public const string FirstPair = "これより前の版はありません。";
    public const string LastPair = "これが最新の版です。";

    public static string Version(int number, string state) =>
        string.Create(CultureInfo.InvariantCulture, $"第{number}版  {state}");

    public static string Pair(int older, int newer, int count) =>
        string.Create(CultureInfo.InvariantCulture, $"第{older}版と第{newer}版 (全{count}版)");

    public const string OnlyVersion = "第1版のみ";

    public static string Authored(string when, string who) => $"記載 {when} {who}";

    public static string Confirmed(string when, string who) => $"確定 {when} {who}";

    public static string Reason(bool voided, string reason) => (voided ? "取消理由: " : "訂正理由: ") + reason;

    public static string Visit(string date) => $"診療日 {date}";
}
