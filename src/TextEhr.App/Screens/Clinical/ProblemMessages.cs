using TextEhr.Domain.Dates;

namespace TextEhr.App.Screens.Clinical;

/// <summary>The problem list's Japanese sentences, short and polite.</summary>
public static class ProblemMessages
{
    public const string Title = "病名";
    public const string NewHeading = "新しい病名";
    public const string NewHelp = "病名を追加します。一覧の行で Enter を押すと転帰や主病名を変更できます。";
    public const string ReviseHeading = "病名の変更";
    public const string FormHint = "Enter で次の欄へ。F12 で登録、Esc でやめます。Space で [x] を切り替えます。";
    public const string ListHint = "Enter 変更  F2 新規  Del 取消";
    public const string Empty = "病名はまだありません。F2 で登録します。";
    public const string NameRequired = "傷病名を入力してください（例: 高血圧症）。";
    public const string Icd10Format = "ICD-10 は I10 や E11.9 の形で入力してください。わからなければ空欄のままで構いません。";
    public const string OnsetRequired = "開始日を R7.6.1 か 2025-06-01 の形で入力してください。";
    public const string OutcomeDateRequired = "転帰が継続でないときは、転帰日を R7.6.1 の形で入力してください。";
    public const string OutcomeDateBeforeOnset = "転帰日が開始日より前です。日付を確かめてください。";
    public const string VoidTitle = "病名の取消";
    public const string VoidReasonRequired = "取消の理由を入力してください。何も取り消していません。";
    public const string NothingSelected = "病名を選んでください。";
    public const string DiscardTitle = "確認";
    public const string Discard = "入力中の病名を登録せずに閉じますか？";
    public const string Unchanged = "変更がありません。転帰・転帰日・主病名・疑いのどれかを変えてください。";

    public static string Added(string name) => $"「{name}」を登録しました。";

    public static string Revised(string name) => $"「{name}」の変更を登録しました。前の内容も記録に残っています。";

    public static string Voided(string name) => $"「{name}」を取り消しました。";

    public static string VoidQuestion(string name) => $"「{name}」を取り消します。理由を入力して Enter を押してください。";

    public static string OnsetInFuture(DateOnly today) =>
        $"開始日が今日（{JapaneseDateFormatter.FormatShort(today)}）より後です。日付を確かめてください。";

    public static string ReviseTarget(string name) => $"傷病名: {name}";
}
