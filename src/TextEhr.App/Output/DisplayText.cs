using System.Globalization;
using TextEhr.Domain.Clinical;
using TextEhr.Domain.Dates;
using TextEhr.Domain.Patients;
using TextEhr.Domain.Prescriptions;

namespace TextEhr.App.Output;

/// <summary>The Japanese words the commands print for coded values and the labels of their output.</summary>
public static class DisplayText
{
    public const string None = "なし";
    public const string Blank = "(未入力)";
    public const string Id = "ID";
    public const string EntryId = "記載ID";
    public const string VersionId = "版ID";
    public const string VisitDate = "診療日";
    public const string ValidPeriod = "有効";
    public const string PrimaryProblem = "主病名";
    public const string Onset = "開始";
    public const string ChartNumber = "患者番号";
    public const string Name = "氏名";
    public const string Kana = "フリガナ";
    public const string Sex = "性別";
    public const string Birth = "生年月日";
    public const string PostalCode = "郵便番号";
    public const string Address = "住所";
    public const string Phone = "電話番号";
    public const string Occupation = "職業";
    public const string Memo = "メモ";
    public const string Insurance = "保険";
    public const string Copay = "負担割合";
    public const string PublicCoverage = "公費";
    public const string Allergies = "アレルギー";
    public const string Problems = "病名";
    public const string RecentVisits = "最近の記載";
    public const string Warning = "注意";
    public const string Version = "版";
    public const string Author = "記載者";
    public const string Confirmer = "確定者";
    public const string Reason = "理由";
    public const string Hash = "ハッシュ";
    public const string Vitals = "バイタル";
    public const string Prescription = "処方";
    public const string OutOfHouse = "院外";
    public const string InHouse = "院内";
    public const string SelfPayReason = "自費のため10割。";

    public static string Of(Sex sex) => sex switch
    {
        Domain.Patients.Sex.Male => "男",
        Domain.Patients.Sex.Female => "女",
        _ => Unknown(sex),
    };

    public static string Of(InsuranceKind kind) => kind switch
    {
        InsuranceKind.Employee => "社保",
        InsuranceKind.National => "国保",
        InsuranceKind.WorkersCompensation => "労災",
        InsuranceKind.Automobile => "自賠責",
        InsuranceKind.Pollution => "公害",
        InsuranceKind.SelfPay => "自費",
        InsuranceKind.LateElderly => "後期高齢者",
        _ => Unknown(kind),
    };

    public static string Of(InsuredRelationship relationship) => relationship switch
    {
        InsuredRelationship.Self => "本人",
        InsuredRelationship.Dependent => "家族",
        _ => Unknown(relationship),
    };

    public static string Of(AllergyCategory category) => category switch
    {
        AllergyCategory.Drug => "薬剤",
        AllergyCategory.Other => "その他",
        _ => Unknown(category),
    };

    public static string Of(AllergyVerification verification) => verification switch
    {
        AllergyVerification.Confirmed => "確認済",
        AllergyVerification.SelfReported => "自己申告",
        _ => Unknown(verification),
    };

    public static string Of(ProblemOutcome outcome) => outcome switch
    {
        ProblemOutcome.Continuing => "継続",
        ProblemOutcome.Cured => "治癒",
        ProblemOutcome.Died => "死亡",
        ProblemOutcome.Stopped => "中止",
        ProblemOutcome.Transferred => "転医",
        _ => Unknown(outcome),
    };

    public static string Of(NoteState state) => state switch
    {
        NoteState.Draft => "一時保存",
        NoteState.Confirmed => "確定",
        NoteState.Voided => "取消",
        _ => Unknown(state),
    };

    public static string Of(DurationUnit unit) => unit switch
    {
        DurationUnit.Days => "日分",
        DurationUnit.Times => "回分",
        DurationUnit.Quantity => string.Empty,
        _ => Unknown(unit),
    };

    /// <summary><c>昭和50年3月1日 (1975-03-01) 50歳</c>.</summary>
    public static string BirthWithAge(DateOnly birth, DateOnly today) =>
        $"{JapaneseDateFormatter.FormatWareki(birth)} ({JapaneseDateFormatter.FormatIso(birth)}) {AgeOf(birth, today)}";

    /// <summary>満年齢 in years, or null for a birth date after <paramref name="today"/>.</summary>
    public static int? YearsOf(DateOnly birth, DateOnly today) => today < birth ? null : Age.FullYears(birth, today);

    public static string AgeOf(DateOnly birth, DateOnly today) =>
        today < birth ? string.Empty : Age.Describe(birth, today);

    /// <summary><c>2025-01-10 09:30 (JST)</c>.</summary>
    public static string Stamp(DateTimeOffset stamp) =>
        Hosting.ClinicTime.ToJst(stamp).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " (JST)";

    public static string Number(decimal value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Unknown<T>(T value)
        where T : struct, Enum => Convert.ToInt32(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
}
