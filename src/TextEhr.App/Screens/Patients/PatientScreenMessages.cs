using System.Globalization;

namespace TextEhr.App.Screens.Patients;

/// <summary>The Japanese text of the patient screens; tests assert through these accessors.</summary>
public static class PatientScreenMessages
{
    public const string SearchTitle = "患者検索";
    public const string SearchCaption = "検索";
    public const string NewTitle = "患者登録";
    public const string EditTitle = "患者情報の変更";
    public const string QuitTitle = "終了";
    public const string ConfirmTitle = "確認";
    public const string NotSavedTitle = "保存できません";
    public const string VoidTitle = "アレルギーの取消";
    public const string AutoChartNumber = "(登録時に自動で付けます)";

    public static string SearchHint =>
        "カナ・漢字・患者番号・生年月日(S50.3.1)・電話で探せます。Enter で開きます。";

    public static string QuitQuestion => "TextEhr を終了しますか？";

    public static string NoMatch => "該当する患者がいません。入力を短くするか、F2 で新しく登録してください。";

    public static string NothingSelected => "患者が選ばれていません。名前を入力して一覧から選んでください。";

    public static string DoctorLabel(string name) => $"医師: {name}";

    public static string Registered(string chartNumber) => $"登録しました（患者番号 {chartNumber}）。";

    public static string Updated(string chartNumber) => $"患者情報を変更しました（患者番号 {chartNumber}）。";

    public static string MatchCount(int count, bool more) =>
        more ? Invariant($"{count}件以上") : Invariant($"{count}件");

    public static string TooManyMatches(int count) =>
        Invariant($"{count}件より多く見つかりました。もう少し入力して絞り込んでください。");

    public static string EditHint => "Enter/Tab 次の欄  Shift+Tab 前の欄  F12 登録  Esc 戻る";

    public static string DiscardQuestion => "入力した内容はまだ保存されていません。保存せずに戻りますか？";

    public static string PatientMissing => "この患者は見つかりませんでした。患者検索からもう一度選んでください。";

    public static string FixErrors(int count) =>
        Invariant($"{count}か所に直すところがあります。カーソルの欄から直してください。");

    public static string StaleEdit =>
        "この患者情報は、開いた後に別の画面で変更されました。入力は残っています。内容を控えてから Esc で閉じ、開き直してください。";

    public static string Busy =>
        "別の画面か別のパソコンがデータを保存中です。数秒待ってから、もう一度 F12 を押してください。入力した内容は消えていません。";

    public static string BusyQuit =>
        "別の画面か別のパソコンがデータを保存中のため、終了を記録できませんでした。数秒待ってから、もう一度 Esc を押してください。";

    public static string SelfPayHasInsurer => "自費に保険者番号は付けられません。保険種別か保険者番号を確かめてください。";

    public static string InsuranceKindNeeded => "保険種別を選んでください（1 社保、2 国保 … 6 自費、7 後期）。";

    public static string PublicPayerNeeded => "受給者番号だけでは登録できません。公費負担者番号も入力してください。";

    public static string AllergySubstanceNeeded => "アレルギーの原因（物質）を入力してください（例: ペニシリン、卵）。";

    public static string AllergyAdded(string substance) => $"アレルギー「{substance}」を一覧に加えました。F12 で登録されます。";

    public static string AllergyNothingToVoid => "取り消すアレルギーがありません。";

    public static string AllergyVoidQuestion(string substance) =>
        $"アレルギー「{substance}」を取り消します。理由を入力して Enter を押してください。";

    public static string AllergyVoidReasonNeeded => "取り消しの理由を入力してください（例: 誤って登録）。";

    public static string AllergyVoidMarked(string substance) => $"アレルギー「{substance}」を取り消します。F12 で確定します。";

    public static string AllergyRemoved(string substance) => $"追加予定のアレルギー「{substance}」を外しました。";

    public static string CopayDerived(string rate, string reason) => $"{rate}: {reason}";

    public static string CopayWarning(string warning) => $"注意: {warning}";

    public static string Age(string age) => $"満{age}";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
