using TextEhr.Domain.Patients;
using TextEhr.Storage.Tests.Support;

namespace TextEhr.Storage.Tests.Patients;

/// <summary>
/// A clinic of a few hundred generated patients, shared by the agreement tests: names that share kanji
/// (variants and a surrogate pair among them), births across five eras, phones with common prefixes, and
/// some 患者番号 typed by hand to look like a phone or birth prefix.
/// </summary>
public sealed class SearchAgreementClinic : IDisposable
{
    public const int Count = 320;

    private static readonly (string Kanji, string Kana)[] Families =
    [
        ("山田", "ヤマダ"), ("山本", "ヤマモト"), ("髙橋", "タカハシ"), ("高橋", "タカハシ"), ("田中", "タナカ"),
        ("𠮷田", "ヨシダ"), ("大野", "オオノ"), ("平田", "ヒラタ"), ("佐藤", "サトウ"), ("鈴木", "スズキ"),
        ("中山", "ナカヤマ"), ("小山", "コヤマ"), ("明石", "アカシ"),
    ];

    private static readonly (string Kanji, string Kana)[] Givens =
    [
        ("太郎", "タロウ"), ("花子", "ハナコ"), ("明", "アキラ"), ("昭", "アキラ"), ("一郎", "イチロウ"),
        ("優", "ユウ"), ("大輔", "ダイスケ"), ("美", "ミ"), ("昭二", "ショウジ"), (string.Empty, string.Empty),
    ];

    private static readonly string[] PhonePrefixes = ["03", "090", "080", "045", "0467"];

    // Typed by hand: each is also the start of phones or of births in the clinic.
    private static readonly string[] HandChartNumbers = ["0", "03", "090", "1975", "19750", "1", "19"];

    public SearchAgreementClinic()
    {
        // A fixed seed: every run searches the same clinic; nothing here needs unpredictability.
        var random = new Random(20_260_401);
        var patients = new List<Patient>(Count);
        for (var i = 0; i < Count; i++)
        {
            var family = Families[random.Next(Families.Length)];
            var given = Givens[random.Next(Givens.Length)];
            var birth = new DateOnly(1900, 1, 1).AddDays(random.Next(45_000));
            var patient = Some.Patient(family.Kanji, given.Kanji, family.Kana, given.Kana, birth, Phone(random)) with
            {
                ChartNumber = i < HandChartNumbers.Length ? HandChartNumbers[i] : string.Empty,
            };
            patients.Add(Clinic.Db.Patients.Add(patient, Clinic.DoctorId));
        }

        Patients = patients;
    }

    public TestClinic Clinic { get; } = new();

    public IReadOnlyList<Patient> Patients { get; }

    public void Dispose() => Clinic.Dispose();

    private static string Phone(Random random)
    {
        if (random.Next(5) == 0)
        {
            return string.Empty;
        }

        var prefix = PhonePrefixes[random.Next(PhonePrefixes.Length)];
        var rest = random.NextInt64(10_000_000, 100_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return prefix + "-" + rest[..(10 - prefix.Length)];
    }
}
