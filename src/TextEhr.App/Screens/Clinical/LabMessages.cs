using TextEhr.Domain.Dates;

namespace TextEhr.App.Screens.Clinical;

/// <summary>The lab screen's Japanese sentences, short and polite.</summary>
public static class LabMessages
{
    public const string Title = "検査";
    public const string FormHint = "Enter で次の欄へ。F12 で登録、Esc でやめます。";
    public const string OrderHint = "項目を番号か名前で、空白で区切って入力します（例: 1 3 LDL-C）。F12 で登録します。";
    public const string ListHint = "F2 結果入力  F4 依頼  F9 訂正  Tab 依頼と結果の切替";
    public const string NewResultLabel = "結果";
    public const string NewHeading = "検査結果の入力";
    public const string NewResultHelp = "検査結果を入力します。項目は番号（1 = HbA1c）でも入力できます。";
    public const string CorrectHeading = "検査結果の訂正（前の値も残ります）";
    public const string OrderHeading = "検査の依頼";
    public const string ItemsCaption = "よく使う項目（番号で入力できます）";
    public const string OrdersCaption = "依頼";
    public const string ItemRequired = "項目を番号（1 = HbA1c）か名前（LDL-C）で入力してください。";
    public const string ValueRequired = "値を入力してください（例: 6.8、陰性）。";
    public const string BoundFormat = "基準値は 4.6 のように数字で入力してください。なければ空欄で構いません。";
    public const string BoundsOrder = "基準値の下限が上限より大きくなっています。確かめてください。";
    public const string CollectedRequired = "採取日を R7.6.15 か 2025-06-15 の形で入力してください。";
    public const string OrderDateRequired = "依頼日を R7.6.15 か 2025-06-15 の形で入力してください。";
    public const string OrderItemsRequired = "依頼する項目を番号か名前で、空白で区切って入力してください（例: 1 3 LDL-C）。";
    public const string NoResults = "検査結果はまだありません。F2 で入力します。";
    public const string NothingToCorrect = "訂正する検査結果を選んでください。";
    public const string EnterOnResult = "この結果を直すときは F9 を押してください。";
    public const string OrderComplete = "この依頼の結果はすべて入力済みです。";
    public const string DiscardTitle = "確認";
    public const string Discard = "入力中の内容を登録せずに閉じますか？";
    public const string Unchanged = "変更がありません。値・単位・基準値・採取日のどれかを直してください。";

    public static string Added(string item, string value) => $"{item} {value} を登録しました。";

    public static string Corrected(string item, string value) => $"{item} を {value} に訂正しました。前の値も記録に残っています。";

    public static string Ordered(int count) => $"{count} 項目の検査を依頼しました。Enter で結果を入力できます。";

    public static string DateInFuture(DateOnly today) =>
        $"日付が今日（{JapaneseDateFormatter.FormatShort(today)}）より後です。日付を確かめてください。";

    public static string ForOrder(string item, int left) => $"依頼の結果を入力します: {item}（残り {left} 項目）";

    public static string OrderStatus(int entered, int total) => $"{entered}/{total}";

    public static string RangeNote(string range) => range.Length == 0 ? string.Empty : "基準 " + range;
}
