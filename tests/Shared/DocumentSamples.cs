using TextEhr.Documents;
using TextEhr.Domain.Clinical;
using TextEhr.Domain.Labs;
using TextEhr.Domain.Patients;
using TextEhr.Domain.Prescriptions;

namespace TextEhr.Tests.Shared;

/// <summary>A small chart used by the document tests.</summary>
internal static class DocumentSamples
{
    public static readonly DateOnly Today = new(2025, 6, 2);

    public static Patient Patient(string family = "山田") => new()
    {
        Id = 7,
        ChartNumber = "1001",
        Name = new PersonName(family, "花子"),
        KanaName = new PersonName("ヤマダ", "ハナコ"),
        Sex = Sex.Female,
        BirthDate = new DateOnly(1950, 3, 1),
        PostalCode = "160-0023",
        Address = "東京都新宿区西新宿1-2-3",
        Phone = "03-1234-5678",
        Occupation = "無職",
        Insurance = new Coverage
        {
            Kind = InsuranceKind.LateElderly,
            InsurerNumber = "39131156",
            CardNumber = "12345678",
        },
    };

    public static ClinicInfo Clinic() => new()
    {
        Name = "さくら内科クリニック",
        InstitutionCode = "1234567",
        Prefecture = "13",
        PostalCode = "160-0022",
        Address = "東京都新宿区新宿3-1-1",
        Phone = "03-9876-5432",
    };

    public static IReadOnlyList<Problem> Problems() =>
    [
        new Problem { Id = 1, Name = "高血圧症", OnsetDate = new DateOnly(2015, 4, 1) },
        new Problem { Id = 2, Name = "2型糖尿病", OnsetDate = new DateOnly(2018, 1, 10), IsPrimary = true },
        new Problem { Id = 3, Name = "狭心症", OnsetDate = new DateOnly(2025, 5, 1), IsSuspected = true },
        new Problem { Id = 4, Name = "急性上気道炎", OnsetDate = new DateOnly(2024, 1, 5), Outcome = ProblemOutcome.Cured },
        new Problem { Id = 5, Name = "取消病名", OnsetDate = new DateOnly(2024, 1, 5), VoidedAt = DateTimeOffset.UnixEpoch },
    ];

    public static Prescription Prescription() => new()
    {
        Groups =
        [
            new PrescriptionGroup
            {
                Items =
                [
                    new PrescriptionItem { DrugName = "アムロジピン錠5mg", DrugCode = "2171022F1010", Dose = 1, Unit = "錠" },
                    new PrescriptionItem { DrugName = "メトホルミン塩酸塩錠250mg", Dose = 2, Unit = "錠" },
                ],
                Usage = "1日1回朝食後",
                Duration = 28,
            },
            new PrescriptionGroup
            {
                Form = DosageForm.AsNeeded,
                Items = [new PrescriptionItem { DrugName = "ニトログリセリン舌下錠0.3mg", Dose = 1, Unit = "錠" }],
                Usage = "胸痛時",
                Duration = 5,
                DurationUnit = DurationUnit.Times,
            },
        ],
    };

    /// <summary>
    /// 60 drugs with long names: about 4,500 bytes of JAHIS data, more than one QR symbol holds (version 40
    /// at level M takes 2,331 bytes).
    /// </summary>
    public static Prescription LongPrescription() => new()
    {
        Groups =
        [
            new PrescriptionGroup
            {
                Items = [.. Enumerable.Range(1, 60).Select(static n => new PrescriptionItem { DrugName = $"検査用の長い名前の医薬品錠{n}ミリグラム製剤", Dose = 1, Unit = "錠" })],
                Usage = "1日3回毎食後",
                Duration = 14,
            },
        ],
    };

    public static IReadOnlyList<LabResult> Results() =>
    [
        new LabResult { Id = 1, ItemName = "HbA1c", Value = "7.9", Unit = "%", ReferenceHigh = 6.2m, CollectedOn = new DateOnly(2025, 4, 1) },
        new LabResult { Id = 2, ItemName = "HbA1c", Value = "7.2", Unit = "%", ReferenceHigh = 6.2m, CollectedOn = new DateOnly(2025, 5, 20) },
        new LabResult { Id = 3, ItemName = "LDL-C", Value = "168", Unit = "mg/dL", ReferenceHigh = 139, CollectedOn = new DateOnly(2025, 5, 20) },
    ];

    public static IReadOnlyList<Allergy> Allergies() =>
    [
        new Allergy { Id = 1, Category = AllergyCategory.Drug, Substance = "ペニシリン系", Reaction = "発疹" },
        new Allergy { Id = 2, Category = AllergyCategory.Other, Substance = "そば", Reaction = "取消済", VoidedAt = DateTimeOffset.UnixEpoch },
    ];

    public static IReadOnlyList<ChartEntryVersion> Entries() =>
    [
        new ChartEntryVersion
        {
            Id = 1,
            VisitDate = new DateOnly(2025, 5, 20),
            Content = new ChartEntryContent { Subjective = "労作時に胸が重い", Assessment = "狭心症疑い", Plan = "循環器内科へ紹介" },
        },
        new ChartEntryVersion
        {
            Id = 2,
            VisitDate = new DateOnly(2025, 4, 1),
            Content = new ChartEntryContent { Subjective = "変わりなし", Plan = "Do処方" },
        },
    ];
}
