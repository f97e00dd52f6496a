using System.Globalization;
using TextEhr.Domain.Dates;

namespace TextEhr.App.Screens.Charting;

/// <summary>Every Japanese text of the chart screens; tests assert through these.</summary>
public static class ChartMessages
{
    public const string TodayHeading = "今日の記載";
    public const string PastHeading = "過去の記載";

    /// <summary>The banner's note of issued documents (F8 lists them); nothing when there are none.</summary>
    public static string IssuedDocuments(int count) => count == 0 ? string.Empty : $"　発行文書 {count}件(F8)";
    public const string NoAllergies = "アレルギー: なし（未確認）";
    public const string NoPrescription = "（処方なし: F2 で追加、F5 で前回Do）";
    public const string VisitDateRequired = "受診日を R7.6.15 か 2025-06-15 の形で入力してください。";
    public const string EmptyEntry = "S・O・A・P・処方のどれかを入力してください。";
    public const string ConfirmTitle = "確定";
    public const string ConfirmQuestion = "確定すると変更できません（訂正は新しい版になります）。確定しますか？";
    public const string Confirmed = "確定しました。";
    public const string ConfirmCancelled = "確定を取りやめました。入力した内容はそのままです。";
    public const string OnlyDoctorsConfirm = "確定できるのは医師だけです。下書きとして保存しましたので、医師が開いて確定してください。";
    public const string DoTitle = "Do";
    public const string CopyPlanQuestion = "前回の P（計画）も複写しますか？";
    public const string NothingToCopy = "前回の処方がありません（確定した過去の記載に処方がありません）。";
    public const string DraftSaved = "一時保存しました。";
    public const string NothingToSave = "保存する内容がまだありません。";
    public const string DraftSavedOnLeave = "入力中の記載を下書きとして保存しました。次にこの患者を開くと続きから書けます。";
    public const string DraftSavedTitle = "一時保存";
    public const string DeleteRpTitle = "処方の削除";
    public const string NoVisitSelected = "左の一覧で記載を選んでください（F3 で一覧へ移ります）。";
    public const string CannotAmendVoided = "取消された記載は訂正できません。";
    public const string AmendDraftInstead = "この記載は下書きです。今日の記載に読み込みましたので、そのまま直して確定できます。";
    public const string AmendPending = "この記載には確定していない訂正があります。F7 履歴で確かめてください。";
    public const string AmendHint = "訂正理由を入力し、内容を直して F12 で確定します。元の版も残ります。";
    public const string OnlyDoctorsAmend = "訂正できるのは医師だけです。";
    public const string ReasonRequired = "訂正理由を入力してください（例: 血圧の転記誤り）。";
    public const string AmendTitle = "訂正";
    public const string AmendQuestion = "この内容で訂正します。元の版も残ります。よろしいですか？";
    public const string LeaveAmendQuestion = "訂正を保存せずに戻りますか？";
    public const string SwitchedToPast = "↑↓で選び F9 訂正・F7 履歴。F3 で今日の記載へ戻ります。";
    public const string SwitchedToToday = "Tab で次の欄（S・O・A・P の中の Enter は改行）。F3 で過去の記載へ。";
    public const string SaveFailed = "保存できませんでした。データベースが使用中か、ディスクがいっぱいの可能性があります。入力した内容は画面に残っています。少し待って F10 でもう一度保存してください。";
    public const string PatientNotFound = "この患者が見つかりません。患者一覧から開き直してください。";
    public const string RpTitle = "処方（Rp）の追加";
    public const string DrugNameRequired = "薬剤名を入力してください（例: アムロジピン錠5mg）。";
    public const string UnitRequired = "単位を入力してください（例: 錠、カプセル、g、包）。";
    public const string UsageRequired = "用法を入力してください。↑↓で よく使う用法を選べます。";
    public const string DaysRequired = "日数を入力してください（例: 28）。頓用は回数（例: 5回）です。";
    public const string RpNeedsDrug = "薬剤を1つ以上入力してください。";
    public const string UsageHint = "↑↓で選択";
    public const string VisitDateChangedReason = "受診日を変更したため作り直し";

    /// <summary>The names of the boxes, as captions and in messages.</summary>
    public static string FieldName(EntryField field) => field switch
    {
        EntryField.VisitDate => "受診日",
        EntryField.Subjective => "S",
        EntryField.Objective => "O",
        EntryField.BloodPressure => "血圧",
        EntryField.Pulse => "脈拍",
        EntryField.Temperature => "体温",
        EntryField.SpO2 => "SpO2",
        EntryField.Height => "身長",
        EntryField.Weight => "体重",
        EntryField.Assessment => "A",
        EntryField.Plan => "P",
        EntryField.Prescription => "処方",
        EntryField.Reason => "訂正理由",
        _ => field.ToString(),
    };

    public static string DraftReloaded(DateOnly visitDate) =>
        $"書きかけの記載（受診日 {JapaneseDateFormatter.FormatShort(visitDate)}）を開きました。続きを入力できます。";

    public static string DoCopied(DateOnly? visitDate, int groups, bool withPlan) => string.Create(
        CultureInfo.InvariantCulture,
        $"前回{(visitDate is { } date ? "（" + JapaneseDateFormatter.FormatShort(date) + "）" : string.Empty)}の処方を複写しました（Rp {groups}件）{(withPlan ? "。P も複写しました" : string.Empty)}。");

    public static string DoAlreadyThere(DateOnly visitDate) =>
        $"前回（{JapaneseDateFormatter.FormatShort(visitDate)}）の処方はすでに入っています。";

    public static string AutoSaved(DateTimeOffset at) => "自動保存 " + at.ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    public static string DeleteRpQuestion(int number, string line) => string.Create(
        CultureInfo.InvariantCulture, $"Rp{number} を削除しますか？\n{line}");

    public static string RpDeleted(int number) => string.Create(CultureInfo.InvariantCulture, $"Rp{number} を削除しました。");

    public static string RpAdded(int number) => string.Create(CultureInfo.InvariantCulture, $"Rp{number} を追加しました。");

    public static string Amended(int version) => string.Create(CultureInfo.InvariantCulture, $"訂正しました（第{version}版）。元の版は F7 履歴で見られます。");

    public static string AmendHeading(DateOnly visitDate, int version) => string.Create(
        CultureInfo.InvariantCulture, $"訂正: {JapaneseDateFormatter.FormatShort(visitDate)} の記載（第{version}版 → 第{version + 1}版）");

    public static string DrugAdded(int count) => string.Create(
        CultureInfo.InvariantCulture, $"{count}剤目を入れました。続けて次の薬を入力できます（F12 で決定）。");

    public static string Problems(string names) => "病名: " + names;

    public static string Allergies(string names) => "アレルギー: " + names;
}
