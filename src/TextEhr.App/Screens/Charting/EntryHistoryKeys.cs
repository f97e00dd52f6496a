using TextEhr.Tui.Commands;

namespace TextEhr.App.Screens.Charting;

/// <summary>The history screen's own keys: which pair of versions, and scrolling both columns together.</summary>
public static class EntryHistoryKeys
{
    public static CommandId OlderPairCommand { get; } = new("HistoryOlderPair");

    public static CommandId NewerPairCommand { get; } = new("HistoryNewerPair");

    public static CommandId ScrollUpCommand { get; } = new("HistoryScrollUp");

    public static CommandId ScrollDownCommand { get; } = new("HistoryScrollDown");

    public static KeyBinding OlderPair { get; } = Row(OlderPairCommand, ["Left", "PgUp"], "前の版", "Older pair", "一つ前の版の組（第n-1版と第n版）を表示します。", inBar: true);

    public static KeyBinding NewerPair { get; } = Row(NewerPairCommand, ["Right", "PgDn"], "次の版", "Newer pair", "一つ後の版の組を表示します。", inBar: true);

    public static KeyBinding ScrollUp { get; } = Row(ScrollUpCommand, ["Up"], "上へ", "Scroll up", "左右の版を一緒に上へ送ります。", inBar: false);

    public static KeyBinding ScrollDown { get; } = Row(ScrollDownCommand, ["Down"], "下へ", "Scroll down", "左右の版を一緒に下へ送ります。", inBar: false);

    private static KeyBinding Row(CommandId command, string[] keys, string label, string english, string help, bool inBar) =>
        new(command, [.. keys.Select(KeyChord.Parse)], label, english, help) { InBar = inBar };
}
