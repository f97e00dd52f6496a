namespace TextEhr.Tui.Commands;

/// <summary>
/// The default key table (ARCHITECTURE §6). F-keys mean the same on every screen, and each has a Ctrl
/// alternative because some terminals take F10 or F11 for their own menu or full screen (Midnight
/// Commander's lesson). Applications build their maps from these rows and add their own.
/// </summary>
public static class StandardKeys
{
    public static KeyBinding Help { get; } = Row(StandardCommands.Help, ["F1", "Ctrl+G"], "ヘルプ", "Help", "この画面で使えるキーの一覧を表示します。", inBar: true);

    public static KeyBinding New { get; } = Row(StandardCommands.New, ["F2", "Ctrl+N"], "新規", "New", "新しい患者・来院・処方を作ります。", inBar: true);

    public static KeyBinding Search { get; } = Row(StandardCommands.Search, ["F3", "Ctrl+F"], "検索", "Search", "検索します。", inBar: true);

    public static KeyBinding CopyPrevious { get; } = Row(StandardCommands.CopyPrevious, ["F5", "Ctrl+D"], "Do", "Do (copy previous)", "前回の内容を複写します（Do処方など）。", inBar: true);

    public static KeyBinding Print { get; } = Row(StandardCommands.Print, ["F8", "Ctrl+P"], "印刷", "Print", "印刷します。PDFも作れます。", inBar: true);

    public static KeyBinding SaveDraft { get; } = Row(StandardCommands.SaveDraft, ["F10", "Ctrl+S"], "一時保存", "Save draft", "確定せずに下書きとして保存します。", inBar: true);

    public static KeyBinding Confirm { get; } = Row(StandardCommands.Confirm, ["F12", "Ctrl+K"], "確定", "Confirm", "内容を確定して登録します。", inBar: true);

    public static KeyBinding Back { get; } = Row(StandardCommands.Back, ["Esc"], "戻る", "Back", "前の画面に戻ります。保存していない内容があれば確かめます。", inBar: true);

    public static KeyBinding NextField { get; } = Row(StandardCommands.NextField, ["Enter", "Tab"], "次の欄", "Next field", "次の欄へ進みます。");

    public static KeyBinding PreviousField { get; } = Row(StandardCommands.PreviousField, ["Shift+Tab"], "前の欄", "Previous field", "前の欄へ戻ります。");

    public static KeyBinding Redraw { get; } = Row(StandardCommands.Redraw, ["Ctrl+L"], "再描画", "Redraw", "画面を描き直します。表示が乱れたときに使います。");

    public static KeyBinding Quit { get; } = Row(StandardCommands.Quit, ["Ctrl+C"], "終了", "Quit", "TextEhr を終了します。");

    public static KeyBinding Accept { get; } = Row(StandardCommands.Accept, ["Enter", "F12", "Ctrl+K"], "決定", "OK", "この内容で決定します。", inBar: true);

    public static KeyBinding Cancel { get; } = Row(StandardCommands.Cancel, ["Esc"], "取消", "Cancel", "何もせずに閉じます。", inBar: true);

    /// <summary>Every screen's rows, in the bar's order.</summary>
    public static IReadOnlyList<KeyBinding> ScreenRows { get; } =
        [Help, New, Search, CopyPrevious, Print, SaveDraft, Confirm, Back, NextField, PreviousField, Redraw, Quit];

    /// <summary>What works on top of any screen, even one whose map leaves them out: redraw and quit.</summary>
    public static KeyMap Global { get; } = new("global", [Redraw, Quit]);

    /// <summary>A screen's map with every standard row; extend it with <see cref="KeyMap.With"/>.</summary>
    public static KeyMap ForScreen(string context) => new(context, ScreenRows);

    /// <summary>A dialog's map: Enter (or F12) accepts, Esc cancels.</summary>
    public static KeyMap ForDialog() => new("dialog", [Accept, Cancel, Help]);

    private static KeyBinding Row(CommandId command, string[] keys, string label, string english, string help, bool inBar = false) =>
        new(command, [.. keys.Select(KeyChord.Parse)], label, english, help) { InBar = inBar };
}
