namespace TextEhr.App.Input;

/// <summary>
/// The Japanese name of every field a command reads, with its option, as error messages start:
/// <c>生年月日(--birth): …</c>.
/// </summary>
public static class Fields
{
    public const string DataFolder = "データフォルダ(--data)";
    public const string User = "利用者(--user)";
    public const string Limit = "表示件数(--limit)";
    public const string SearchText = "検索語";
    public const string Patient = "患者";

    public const string ClinicName = "医療機関名(--clinic-name)";
    public const string InstitutionCode = "医療機関コード(--institution-code)";
    public const string Prefecture = "都道府県番号(--prefecture)";
    public const string ClinicPostalCode = "郵便番号(--postal)";
    public const string ClinicAddress = "所在地(--address)";
    public const string ClinicPhone = "電話番号(--phone)";
    public const string DoctorName = "医師名(--doctor-name)";
    public const string DoctorLogin = "ログインID(--doctor-login)";
    public const string Password = "パスワード(--password / --password-stdin)";

    public const string PatientCount = "患者数(--patients)";
    public const string Seed = "乱数の種(--seed)";
    public const string WorkFolder = "作業フォルダ(--work)";

    public const string ChartNumber = "患者番号(--chart-number)";
    public const string Name = "氏名(--name)";
    public const string Kana = "フリガナ(--kana)";
    public const string Sex = "性別(--sex)";
    public const string Birth = "生年月日(--birth)";
    public const string PostalCode = "郵便番号(--postal)";
    public const string Address = "住所(--address)";
    public const string Phone = "電話番号(--phone)";
    public const string Occupation = "職業(--occupation)";
    public const string Memo = "メモ(--memo)";
    public const string InsuranceKind = "保険種別(--insurance-kind)";
    public const string Insurer = "保険者番号(--insurer)";
    public const string CardSymbol = "記号(--symbol)";
    public const string CardNumber = "番号(--number)";
    public const string Branch = "枝番(--branch)";
    public const string Relation = "本人/家族(--relation)";
    public const string ValidFrom = "有効開始日(--valid-from)";
    public const string ValidTo = "有効終了日(--valid-to)";
    public const string Copay = "負担割合(--copay)";
    public const string CopayOverride = "負担割合の手入力(--copay-override)";
    public const string PublicCoverage = "公費(--public)";
    public const string Allergy = "アレルギー(--allergy)";

    public const string VisitDate = "診療日(--date)";
    public const string Subjective = "S 主訴(--s)";
    public const string Objective = "O 所見(--o)";
    public const string Assessment = "A 評価(--a)";
    public const string Plan = "P 計画(--p)";
    public const string BloodPressure = "血圧(--bp)";
    public const string Pulse = "脈拍(--pulse)";
    public const string Temperature = "体温(--temp)";
    public const string SpO2 = "SpO2(--spo2)";
    public const string Height = "身長(--height)";
    public const string Weight = "体重(--weight)";
    public const string Prescription = "処方(--rp)";
    public const string Content = "記載";
    public const string Reason = "訂正理由(--reason)";
    public const string VersionId = "版ID";
    public const string EntryId = "記載ID";
}
