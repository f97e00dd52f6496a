using TextEhr.App.Ui;
using TextEhr.Tui.Commands;

namespace TextEhr.App.Screens.Charting;

/// <summary>The chart's key rows: the F-key bar reads F1 ヘルプ … F12 確定, Esc 戻る.</summary>
public static class ChartKeys
{
    /// <summary>F2 adds an Rp on the chart and the amend screen.</summary>
    public static KeyBinding AddRp { get; } = StandardKeys.New with { Label = "Rp", Help = "処方（Rp）を1つ追加します。今日の処方の行で Del を押すと削除します。" };

    /// <summary>
    /// F3 moves between the past list and today's page. Out of the bar, like Tab: twelve labels do not
    /// fit 80 columns unshortened, and the status line names F3 whenever the side changes.
    /// </summary>
    public static KeyBinding Switch { get; } = StandardKeys.Search with { Label = "切替", InBar = false, Help = "左の過去の記載の一覧と、右の今日の記載の間を移ります。" };

    /// <summary>
    /// F7 works on the chart but stays out of its bar, like F3: with F8 印刷 the twelve labels would not fit
    /// 80 columns unshortened, and versions are looked at far less often than documents are printed.
    /// </summary>
    public static KeyBinding History { get; } = AppKeys.History with { InBar = false };

    public static KeyMap Chart { get; } = AppKeys.Map(
        "chart",
        StandardKeys.Help,
        AddRp,
        Switch,
        AppKeys.Problems,
        StandardKeys.CopyPrevious with { Help = "前回（確定した最後の受診）の処方を今日の処方に複写します。P も複写するか尋ねます。" },
        AppKeys.Labs,
        History,
        StandardKeys.Print with { Help = "紹介状・サマリー・処方箋を作ります（PDF・印刷）。この患者の発行済みの文書も見られます。" },
        AppKeys.Amend,
        StandardKeys.SaveDraft with { Label = "下書き" },
        AppKeys.EditPatientFromChart,
        StandardKeys.Confirm,
        StandardKeys.Back with { Help = "前の画面に戻ります。書きかけの記載は下書きとして保存してから戻ります。" },
        StandardKeys.NextField with { Help = "次の欄へ進みます。S・O・A・P の中では Enter は改行なので、Tab で次の欄へ進みます。" },
        StandardKeys.PreviousField);

    public static KeyMap Amend { get; } = AppKeys.Map(
        "amend",
        StandardKeys.Help,
        AddRp,
        StandardKeys.Confirm with { Label = "訂正確定", Help = "訂正理由を付けて、新しい版として確定します。元の版も残ります。" },
        StandardKeys.Back with { Help = "訂正せずに戻ります。変更があれば確かめます。" },
        StandardKeys.NextField with { Help = "次の欄へ進みます。S・O・A・P の中では Enter は改行なので、Tab で次の欄へ進みます。" },
        StandardKeys.PreviousField);
}
