using TextEhr.Tui.Commands;

namespace TextEhr.App.Ui;

/// <summary>
/// The product's key rows, one per command, to compose each screen's <see cref="KeyMap"/> from. The F-key
/// bar and the F1 help are generated from the map, so a row's label is what the doctor reads.
/// </summary>
/// <remarks>
/// Defaults follow ARCHITECTURE §6: F2 新規, F3 検索, F5 Do, F8 印刷, F10 一時保存, F12 確定, Esc 戻る.
/// The rest: F4 病名 (chart) or 変更 (patient list), F6 検査, F7 履歴, F9 訂正 (chart) or 設定 (patient
/// list), F11 患者情報, Ctrl+Q 画面ロック.
/// </remarks>
public static class AppKeys
{
    public static KeyBinding EditPatientFromList { get; } = Row(AppCommands.EditPatient, ["F4"], "変更", "Edit patient", "選んだ患者の登録内容を変更します。");

    public static KeyBinding EditPatientFromChart { get; } = Row(AppCommands.EditPatient, ["F11"], "患者", "Patient", "この患者の登録内容（保険・公費・アレルギー）を変更します。");

    public static KeyBinding Problems { get; } = Row(AppCommands.Problems, ["F4"], "病名", "Problems", "病名（傷病名・疑い・主病名・転帰）を見る・追加します。");

    public static KeyBinding Labs { get; } = Row(AppCommands.Labs, ["F6"], "検査", "Labs", "検査の依頼と結果の入力、結果の推移を見ます。");

    public static KeyBinding History { get; } = Row(AppCommands.History, ["F7"], "履歴", "History", "選んだ記録の版（訂正の履歴）を並べて見ます。");

    public static KeyBinding Amend { get; } = Row(AppCommands.Amend, ["F9"], "訂正", "Amend", "確定した記録を、理由を付けて新しい版として訂正します。");

    public static KeyBinding Settings { get; } = Row(AppCommands.Settings, ["F9"], "設定", "Settings", "診療所の情報・配色・自動ロック・バックアップ先を設定します。");

    public static KeyBinding Backup { get; } = Row(AppCommands.Backup, ["F7"], "バックアップ", "Backup", "暗号化したバックアップを USB メモリか設定のフォルダへ作ります。");

    public static KeyBinding Lock { get; } = Row(AppCommands.Lock, ["Ctrl+Q"], "ロック", "Lock", "画面をロックします。パスワードで戻ります。入力中の内容は残ります。");

    /// <summary>A screen's map: the standard rows it uses, then its own, in bar order.</summary>
    public static KeyMap Map(string context, params KeyBinding[] rows) => new(context, rows);

    private static KeyBinding Row(CommandId command, string[] keys, string label, string english, string help) =>
        new(command, [.. keys.Select(KeyChord.Parse)], label, english, help) { InBar = true };
}
