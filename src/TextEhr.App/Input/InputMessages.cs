using System.Globalization;

namespace TextEhr.App.Input;

/// <summary>
/// Every Japanese message about what was typed on the command line. Each one says what to fix, with
/// an example; tests assert through these accessors.
/// </summary>
public static class InputMessages
{
    public static string Required(string example) => $"入力してください(例: {example})。";

    public static string MustNotBeBlank => "空白だけでは登録できません。";

    public static string NameNeedsSpace(string example) =>
        $"姓と名の間に空白を入れてください(例: {example})。";

    public static string KanaOnly(string typed) =>
        $"「{typed}」にカナ以外の文字があります。フリガナはカタカナかひらがなで入力してください(例: \"ヤマダ タロウ\")。";

    public static string SexChoices(string typed) =>
        $"「{typed}」は性別として読めません。男、女、M、F、1、2 のどれかで入力してください。";

    public static string PostalCodeFormat(string typed) =>
        $"「{typed}」は郵便番号として読めません。7桁の数字で入力してください(例: 123-4567)。";

    public static string PhoneFormat(string typed) =>
        $"「{typed}」は電話番号として読めません。10桁か11桁の数字で、区切りはハイフンで入力してください(例: 03-1234-5678)。";

    public static string InsuranceKindChoices(string typed) =>
        $"「{typed}」は保険種別として読めません。社保、国保、後期、労災、自賠、公害、自費(または 1〜7)のどれかで入力してください。";

    public static string RelationChoices(string typed) =>
        $"「{typed}」は本人か家族かが読めません。本人 か 家族(または 1、2)で入力してください。";

    public static string BranchFormat(string typed) =>
        $"「{typed}」は枝番として読めません。2桁の数字で入力してください(例: 01)。枝番のない保険証では省略します。";

    public static string CardTextFormat(string typed) =>
        $"「{typed}」には空白や「:」を入れられません。保険証の表記のまま、空白なしで入力してください。";

    /// <summary>A drug on the 処方箋 form that the Rp does not have.</summary>
    public static string NoSuchDrug(string typed) =>
        $"「{typed}」に当たる薬がありません。Rp の番号と、その Rp の中の何番目の薬かを「1-2」のように書いてください (複数は空白で区切る)。";

    /// <summary>リフィル回数 out of range.</summary>
    public static string RefillChoices(string typed) =>
        $"リフィルの回数「{typed}」は使えません。2 か 3 を書いてください (リフィルでなければ空欄)。";

    /// <summary>残薬の対応 other than 1 or 2.</summary>
    public static string LeftoverChoices(string typed) =>
        $"残薬の対応「{typed}」は使えません。1 (疑義照会した上で調剤) か 2 (情報提供) を書いてください (指示がなければ空欄)。";

    public static string CopayChoices(string typed) =>
        $"「{typed}」は負担割合として読めません。1、2、3(割)のどれかで入力してください。";

    public static string CopayOverrideChoices(string typed) =>
        $"「{typed}」は負担割合として読めません。0、1、2、3、10(割)のどれかで入力してください。";

    public static string ValidityOrder => "有効終了日が有効開始日より前です。日付を確かめてください。";

    public static string InsurerRequired => "保険証を登録するには保険者番号を入力してください(例: --insurer 06132013)。自費なら --insurance-kind 自費 とします。";

    public static string SelfPayHasInsurer => "自費に保険者番号は付けられません。保険種別か保険者番号を確かめてください。";

    public static string PublicCoverageFormat(string typed) =>
        $"「{typed}」は公費として読めません。負担者番号:受給者番号 の形で入力してください(例: 21136015:1234566)。有効期間を付けるなら 負担者番号:受給者番号:開始日:終了日 です。";

    public static string TooManyPublicCoverages(int count) =>
        Invariant($"公費は3つまでです(入力は{count}件)。優先する順に3つまで入力してください。");

    public static string AllergyFormat(string typed) =>
        $"「{typed}」はアレルギーとして読めません。種類:原因:症状 の形で入力してください(例: 薬剤:ペニシリン:発疹、その他:卵:じんましん)。";

    public static string AllergyCategoryChoices(string typed) =>
        $"「{typed}」はアレルギーの種類として読めません。薬剤 か その他 で入力してください(例: 薬剤:ペニシリン:発疹)。";

    public static string AllergyVerificationChoices(string typed) =>
        $"「{typed}」は確認状況として読めません。確認済 か 自己申告 で入力してください(例: 薬剤:ペニシリン:発疹:自己申告)。";

    public static string DateInFuture(DateOnly date, DateOnly today) =>
        Invariant($"{date:yyyy-MM-dd}は今日({today:yyyy-MM-dd})より後です。日付を確かめてください。");

    public static string WholeNumber(string typed, int min, int max) =>
        Invariant($"「{typed}」は数として読めません。{min}から{max}までの整数で入力してください。");

    public static string Measurement(string typed, decimal min, decimal max, string unit) =>
        Invariant($"「{typed}」は入力できる範囲を外れています。{min}〜{max}{unit}の数で入力してください。");

    public static string BloodPressureFormat(string typed) =>
        $"「{typed}」は血圧として読めません。収縮期/拡張期 の形で入力してください(例: 130/80)。";

    public static string BloodPressureOrder(int systolic, int diastolic) =>
        Invariant($"収縮期({systolic})が拡張期({diastolic})以下です。収縮期/拡張期 の順に入力してください(例: 130/80)。");

    public static string BloodPressureRange(string typed) =>
        $"「{typed}」は入力できる範囲を外れています。収縮期は40〜300、拡張期は20〜200mmHgです(例: 130/80)。";

    public static string PrescriptionFormat(string typed) =>
        $"「{typed}」は処方として読めません。薬剤名:用量:単位:用法:日数 の形で入力してください(例: \"アムロジピン錠5mg:1:錠:1日1回朝食後:28\")。頓服は日数の代わりに 5回 とします。";

    public static string PrescriptionDose(string typed) =>
        $"用量「{typed}」は数として読めません。0より大きい数で入力してください(例: 1、0.5)。";

    public static string PrescriptionDuration(string typed) =>
        $"日数「{typed}」は読めません。1〜365の日数(例: 28、28日)か回数(例: 5回)で入力してください。";

    public static string PrescriptionPart(string part) =>
        $"{part}が空です。薬剤名:用量:単位:用法:日数 の5つをすべて入力してください(例: \"アムロジピン錠5mg:1:錠:1日1回朝食後:28\")。";

    public static string EmptyNote => "記載がありません。--s、--o、--a、--p、バイタル、--rp のどれかを入力してください。";

    public static string ReasonRequired => "訂正には理由が必要です(例: --reason \"血圧の転記誤り\")。";

    public static string InstitutionCodeFormat(string typed) =>
        $"「{typed}」は医療機関コードとして読めません。7桁の数字で入力してください(例: 1234567)。";

    public static string PrefectureFormat(string typed) =>
        $"「{typed}」は都道府県番号として読めません。01(北海道)〜47(沖縄)の2桁で入力してください(例: 東京都は 13)。";

    public static string LoginFormat(string typed) =>
        $"「{typed}」はログインIDに使えません。半角英数字と . _ - で2〜32文字にしてください(例: tanaka)。";

    public static string PasswordTooShort(int minimum) =>
        Invariant($"パスワードが短すぎます。{minimum}文字以上にしてください(安全管理ガイドラインは13文字以上の推測されにくいものを勧めています)。");

    public static string PasswordTwice => "--password と --password-stdin は一緒に使えません。どちらか一つにしてください。";

    public static string PasswordStdinEmpty => "標準入力からパスワードが読めませんでした。1行目にパスワードを書いて渡してください(例: echo \"$PASS\" | textehr init … --password-stdin)。";

    public static string IdFormat(string typed) =>
        $"「{typed}」はIDとして読めません。表示されている数字のIDを入力してください。";

    public static string SearchTextEmpty => "検索語を入力してください(例: textehr patient find ヤマダ)。カナ、漢字、患者番号、生年月日、電話番号で探せます。";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
