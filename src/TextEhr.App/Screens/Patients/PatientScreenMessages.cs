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

    /// <summary>What to type in a box, shown when the focus arrives there.</summary>
    public static string? FieldHint(PatientField field) => field switch
    {
        PatientField.Name => "氏名を、姓と名の間に空白を入れて入力してください（例: 山田 太郎）。",
        PatientField.Kana => "カナを、姓と名の間に空白を入れて入力してください（例: ヤマダ タロウ）。",
        PatientField.Sex => "1（男）か 2（女）を押してください。",
        PatientField.BirthDate => "生年月日を S50.3.1 か 1975-03-01 の形で入力してください。",
        PatientField.PostalCode => "郵便番号は7桁の数字です（例: 123-4567）。空欄でもかまいません。",
        PatientField.Phone => "電話番号（例: 03-1234-5678）。空欄でもかまいません。",
        PatientField.InsuranceKind => "数字で選びます（1 社保 … 7 後期）。空欄なら保険者番号から決めます。",
        PatientField.InsurerNumber => "保険証の保険者番号（8桁、国保は6桁）を入力してください。",
        PatientField.BranchNumber => "枝番は2桁の数字です。保険証に無ければ空欄です。",
        PatientField.Relationship => "1（本人）か 2（家族）を押してください。",
        PatientField.ValidFrom or PatientField.ValidTo or PatientField.Public1From or PatientField.Public1To
            or PatientField.Public2From or PatientField.Public2To => "有効期間を R7.4.1 か 2025-04-01 の形で。空欄でもかまいません。",
        PatientField.CardCopay => "高齢受給者証・後期高齢者の証の割合（1〜3）。無ければ空欄です。",
        PatientField.CopayOverride => "計算と違う割合にするときだけ入力します（0、1、2、3、10）。",
        PatientField.Public1Payer or PatientField.Public2Payer => "公費負担者番号（8桁）。公費が無ければ空欄です。",
        PatientField.Public1Recipient or PatientField.Public2Recipient => "受給者番号（7桁）を入力してください。",
        PatientField.AllergyCategory => "1（薬剤）か 2（その他）を押してください。",
        PatientField.AllergySubstance or PatientField.AllergyReaction => "原因と症状を入力し、F2 で一覧に加えます（F12 で登録）。",
        _ => null,
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
