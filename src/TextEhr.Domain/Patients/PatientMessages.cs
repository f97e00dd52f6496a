using System.Globalization;

namespace TextEhr.Domain.Patients;

/// <summary>Field labels and messages of <see cref="PatientValidator"/>; tests assert through these accessors.</summary>
public static class PatientMessages
{
    public const string NameField = "氏名";
    public const string KanaField = "氏名(カナ)";
    public const string ChartNumberField = "患者番号";
    public const string SexField = "性別";
    public const string BirthDateField = "生年月日";
    public const string PhoneField = "電話番号";
    public const string PostalCodeField = "郵便番号";
    public const string InsuranceKindField = "保険種別";
    public const string InsurerNumberField = "保険者番号";
    public const string BranchNumberField = "枝番";
    public const string CoverageValidityField = "保険の有効期限";
    public const string PublicCoverageField = "公費";

    public static string FamilyNameRequired => "姓を入力してください。";

    public static string FamilyKanaRequired => "姓のカナを入力してください。";

    public static string KanaOnly => "カナ(ひらがな・カタカナ)で入力してください。";

    public static string ChartNumberDigits => "患者番号は10桁までの数字で入力してください。";

    public static string SexUnknown => "性別を選んでください(1 男、2 女)。";

    public static string BirthDateInFuture => "生年月日が今日より後になっています。日付を確かめてください。";

    public static string BirthDateTooEarly => "明治より前の生年月日は入力できません。日付を確かめてください。";

    public static string PhoneDigits => "電話番号は10桁か11桁の数字で入力してください(例: 03-1234-5678)。";

    public static string PostalCodeDigits => "郵便番号は7桁の数字で入力してください(例: 123-4567)。";

    public static string InsuranceKindUnknown => "保険種別を選んでください。";

    public static string LateElderlyNeeds39 => "後期高齢者の保険者番号は39で始まります。番号か保険種別を確かめてください。";

    public static string BranchNumberDigits => "枝番は2桁の数字で入力してください(カードに無ければ空欄)。";

    public static string ValidToBeforeValidFrom => "有効期限の終わりが始まりより前になっています。";

    public static string TooManyPublicCoverages => "公費は3つまでです。";

    public static string PublicCoverageLabel(int position) =>
        string.Create(CultureInfo.InvariantCulture, $"第{position}公費");
}
