using TextEhr.App.Tests.Support;
using TextEhr.Domain.Clinical;
using TextEhr.Domain.Patients;
using TextEhr.Domain.Prescriptions;

namespace TextEhr.App.Tests.Screens.Charting;

/// <summary>A patient and past visits arranged through the real stores of a <see cref="TestUi"/>.</summary>
internal static class ChartTestData
{
    public static readonly DateOnly Today = TestClinic.Today;

    public static Patient AddPatient(TestUi ui, params string[] allergies)
    {
        var doctor = ui.Doctor!.Id;
        var patient = ui.Database.Patients.Add(
            new Patient
            {
                Name = new PersonName("佐藤", "花子"),
                KanaName = new PersonName("サトウ", "ハナコ"),
                Sex = Sex.Female,
                BirthDate = new DateOnly(1950, 3, 1),
                Insurance = new Coverage { Kind = InsuranceKind.National, InsurerNumber = "138057", CardNumber = "123" },
            },
            doctor);
        foreach (var substance in allergies)
        {
            ui.Database.Allergies.Add(new Allergy { PatientId = patient.Id, Category = AllergyCategory.Drug, Substance = substance }, doctor);
        }

        return patient;
    }

    public static PrescriptionGroup Amlodipine => new()
    {
        Items = [new PrescriptionItem { DrugName = "アムロジピン錠5mg", Dose = 1, Unit = "錠" }],
        Usage = "1日1回朝食後",
        Duration = 28,
    };

    public static PrescriptionGroup Loxoprofen => new()
    {
        Form = DosageForm.AsNeeded,
        Items = [new PrescriptionItem { DrugName = "ロキソプロフェン錠60mg", Dose = 1, Unit = "錠" }],
        Usage = "頓用 疼痛時",
        Duration = 10,
        DurationUnit = DurationUnit.Times,
    };

    /// <summary>A confirmed visit with two Rp and a P.</summary>
    public static ChartEntryVersion AddVisit(TestUi ui, long patientId, DateOnly date, string plan = "降圧薬継続")
    {
        var doctor = ui.Doctor!.Id;
        var content = new ChartEntryContent
        {
            Subjective = "頭痛なし",
            Assessment = "高血圧症 安定",
            Plan = plan,
            Vitals = new Vitals { Systolic = 132, Diastolic = 84 },
            Prescription = new Prescription { Groups = [Amlodipine, Loxoprofen] },
        };
        var draft = ui.Database.Charts.CreateDraft(patientId, date, content, doctor);
        return ui.Database.Charts.Confirm(draft.Id, doctor);
    }
}
