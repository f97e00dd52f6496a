using TextEhr.App.Ui;
using TextEhr.Tui.Commands;

namespace TextEhr.App.Screens.Patients;

/// <summary>The keys of 患者登録: F2 adds the allergy typed, F4 voids the chosen one, F12 registers.</summary>
public static class PatientEditKeys
{
    public static CommandId VoidAllergy { get; } = new("VoidAllergy");

    public static KeyBinding Void { get; } =
        new(VoidAllergy, [KeyChord.Parse("F4")], "アレ取消", "Void allergy", "アレルギー一覧で選んだものを、理由を付けて取り消します。") { InBar = true };

    public static KeyMap Map { get; } = AppKeys.Map(
        "patientEdit",
        StandardKeys.Help,
        StandardKeys.New with { Label = "アレ追加", EnglishLabel = "Add allergy", Help = "アレルギーの欄に入力したものを一覧に加えます（F12 で登録）。" },
        Void,
        AppKeys.Lock,
        StandardKeys.Confirm with { Label = "登録", Help = "すべての欄を確かめて登録します。直すところがあればその欄に移ります。" },
        StandardKeys.Back,
        StandardKeys.NextField,
        StandardKeys.PreviousField);
}
