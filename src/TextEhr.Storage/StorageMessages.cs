using System.Globalization;

namespace TextEhr.Storage;

/// <summary>
/// Every Japanese text the storage layer shows a user. Tests assert through these accessors, never
/// through copied literals.
/// </summary>
public static class StorageMessages
{
    public const string AmendReasonField = "訂正理由";
    public const string VoidReasonField = "取消理由";
    public const string ChartNumberField = "患者番号";
    public const string LoginField = "ログイン名";
    public const string DisplayNameField = "氏名";
    public const string SubstanceField = "原因物質";
    public const string ProblemNameField = "病名";
    public const string OutcomeDateField = "転帰日";
    public const string LabItemField = "検査項目";
    public const string LabValueField = "結果";
    public const string TitleField = "題名";
    public const string ChartEntryField = "カルテ記載";
    public const string RecordField = "記録";

    public static string DatabaseBusy =>
        "別の画面か別のパソコンがデータを保存中です。数秒待ってから、もう一度操作してください。入力した内容は消えていません。";

    public static string StaleEdit =>
        "この患者情報は、開いた後に別の画面で変更されました。いったん閉じて開き直し、もう一度編集してください。";

    public static string NotAClinicDatabase =>
        "このファイルは TextEhr のデータベースではありません。データフォルダの指定を確かめてください。";

    public static string ReasonRequired => "理由を入力してください。";

    public static string Required => "入力してください。";

    public static string VersionAlreadyConfirmed => "この記載は確定済みです。変更するには訂正してください。";

    public static string DraftPending => "一時保存中の記載があります。先にそれを確定してください。";

    public static string EntryVoided => "この記載は取消済みです。";

    public static string NotNewestVersion => "これより新しい版があるため、この版は確定できません。";

    public static string EmptyContent => "記載が空のため確定できません。";

    public static string AlreadyVoided => "この記録はすでに取消されています。";

    public static string AlreadyRevised => "この記録はすでに更新されています。最新のものを開き直してください。";

    public static string ChartNumberTaken => "この患者番号はすでに使われています。";

    public static string LoginTaken => "このログイン名はすでに使われています。";

    public static string OutcomeDateRequired => "転帰が継続以外のときは転帰日を入力してください。";

    public static string DatabaseTooNew(int found, int supported) => string.Create(
        CultureInfo.InvariantCulture,
        $"このデータベースは新しい版のアプリで作られています(データベースの版 {found}、このアプリは版 {supported} まで)。アプリを更新してください。");

    public static string AuditGap(long id) => string.Create(
        CultureInfo.InvariantCulture, $"監査ログ {id} の前の行が欠けています(削除された可能性があります)。");

    public static string AuditLinkBroken(long id) => string.Create(
        CultureInfo.InvariantCulture, $"監査ログ {id} が前の行とつながっていません(前の行が変更または削除された可能性があります)。");

    public static string AuditRowAltered(long id) => string.Create(
        CultureInfo.InvariantCulture, $"監査ログ {id} の内容が記録時から変わっています。");

    public static string IntegrityCheckFailed(string detail) => $"データベースの整合性検査で問題が見つかりました: {detail}";

    public static string ForeignKeyBroken(string table, long rowId, string parent) => string.Create(
        CultureInfo.InvariantCulture, $"{table} の行 {rowId} が参照する {parent} の行がありません。");

    public static string SearchIndexBroken(string detail) => $"患者検索の索引が壊れています: {detail}";

    public static string AuditChainBroken(string detail) => $"監査ログの検証に失敗しました: {detail}";
}
