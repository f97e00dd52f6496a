using TextEhr.Domain.Clinical;
using TextEhr.Domain.Insurance;
using TextEhr.Domain.Patients;
using TextEhr.Domain.Prescriptions;
using TextEhr.Domain.Users;

namespace TextEhr.Storage.Tests.Support;

/// <summary>Valid anonymous test data; tests change only what they are about.</summary>
public static class Some
{
    public static User Doctor(string login = "doctor") => new()
    {
        Login = login,
        DisplayName = "医師 一郎",
        Role = UserRole.Doctor,
        PasswordHash = PasswordHasher.Hash("secret", iterations: 1),
    };

    public static Patient Patient(
        string family = "山田",
        string given = "太郎",
        string familyKana = "ヤマダ",
        string givenKana = "タロウ",
        DateOnly? birth = null,
        string phone = "") => new()
        {
            Name = new PersonName(family, given),
            KanaName = new PersonName(familyKana, givenKana),
            Sex = Sex.Male,
            BirthDate = birth ?? new DateOnly(1975, 3, 1),
            Phone = phone,
        };

    public static Coverage Insurance() => new()
    {
        Kind = InsuranceKind.Employee,
        InsurerNumber = "06132013",
        CardSymbol = "あいう",
        CardNumber = "187",
        BranchNumber = "01",
        ValidFrom = new DateOnly(2024, 4, 1),
        ValidTo = new DateOnly(2026, 3, 31),
    };

    public static PublicCoverage PublicCoverage() => new()
    {
        PayerNumber = WithCheckDigit("5413101"),
        RecipientNumber = "1234567",
    };

    public static string WithCheckDigit(string dataDigits) =>
        dataDigits + CheckDigit.Compute(dataDigits).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static ChartEntryContent Content(string subjective = "咳が続く", Prescription? prescription = null) => new()
    {
        Subjective = subjective,
        Objective = "咽頭発赤",
        Assessment = "急性上気道炎",
        Plan = "経過観察",
        Vitals = new Vitals { Systolic = 128, Diastolic = 76, TemperatureCelsius = 36.8m, WeightKg = 61.50m },
        Prescription = prescription,
    };

    public static Prescription Prescription(string drug = "カロナール錠200mg", bool outOfHouse = true) => new()
    {
        IsOutOfHouse = outOfHouse,
        Groups =
        [
            new PrescriptionGroup
            {
                Items =
                [
                    new PrescriptionItem { DrugName = drug, Dose = 3m, Unit = "錠", IsGeneric = false },
                    new PrescriptionItem { DrugName = "ムコダイン錠250mg", DrugCode = "2233002F1", Dose = 1.5m, Unit = "錠" },
                ],
                Usage = "1日3回 毎食後",
                Duration = 5,
            },
            new PrescriptionGroup
            {
                Form = DosageForm.AsNeeded,
                Items = [new PrescriptionItem { DrugName = "ロキソニン錠60mg", Dose = 1m, Unit = "錠", IsGeneric = true }],
                Usage = "発熱時",
                Duration = 3,
                DurationUnit = DurationUnit.Times,
            },
        ],
    };
}
