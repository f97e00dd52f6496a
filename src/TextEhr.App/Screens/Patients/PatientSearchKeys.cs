using TextEhr.App.Ui;
using TextEhr.Tui.Commands;

namespace TextEhr.App.Screens.Patients;

/// <summary>The keys of 患者検索: Enter opens the chosen chart, the rest as on every screen.</summary>
public static class PatientSearchKeys
{
    public static CommandId OpenChart { get; } = new("OpenChart");

    public static KeyBinding Open { get; } =
        new(OpenChart, [KeyChord.Parse("Enter")], "開く", "Open chart", "選んだ患者のカルテを開きます。") { InBar = true };

    public static KeyMap Map { get; } = AppKeys.Map(
        "patientSearch",
        StandardKeys.Help,
        StandardKeys.New with { Help = "新しい患者を登録します。" },
        // Off the bar so that F7 バックアップ fits 80 columns unshortened; the search box is always in view.
        StandardKeys.Search with { InBar = false, Help = "検索欄を空にして、新しく探します。" },
        AppKeys.EditPatientFromList,
        AppKeys.Backup,
        AppKeys.Settings,
        Open,
        AppKeys.Lock,
        StandardKeys.Back with { Label = "終了", Help = "TextEhr を終了します（確かめてから）。" });
}
