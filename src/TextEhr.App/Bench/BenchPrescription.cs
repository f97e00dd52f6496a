using TextEhr.Domain.Prescriptions;

namespace TextEhr.App.Bench;

/// <summary>A two-Rp prescription for the document bench, so every patient gets the same slip size.</summary>
internal static class BenchPrescription
{
    public static Prescription Sample { get; } = new()
    {
        Groups =
        [
            new PrescriptionGroup
            {
                Items =
                [
                    new PrescriptionItem { DrugName = "アムロジピン錠5mg", Dose = 1, Unit = "錠" },
                    new PrescriptionItem { DrugName = "メトホルミン塩酸塩錠250mg", Dose = 2, Unit = "錠" },
                ],
                Usage = "1日1回朝食後",
                Duration = 28,
            },
            new PrescriptionGroup
            {
                Form = DosageForm.AsNeeded,
                Items = [new PrescriptionItem { DrugName = "ロキソプロフェン錠60mg", Dose = 1, Unit = "錠" }],
                Usage = "疼痛時",
                Duration = 5,
                DurationUnit = DurationUnit.Times,
            },
        ],
    };
}
