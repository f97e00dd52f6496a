using TextEhr.Tui.Commands;

namespace TextEhr.App.Screens.Clinical;

/// <summary>The key rows only the problem and lab screens use, beside the product's <c>AppKeys</c>.</summary>
public static class ClinicalKeys
{
    /// <summary>取消: a problem or a result is never deleted, only voided with a reason.</summary>
    public static CommandId VoidCommand { get; } = new("ClinicalVoid");

    /// <summary>A lab order (検査依頼).</summary>
    public static CommandId OrderCommand { get; } = new("LabOrder");

    public static KeyBinding Void { get; } = Row(VoidCommand, ["Del"], "取消", "Void", "選んだ行を、理由を付けて取り消します（記録は残ります）。");

    public static KeyBinding Order { get; } = Row(OrderCommand, ["F4"], "依頼", "Order", "検査を依頼します。項目を番号か名前で入力します。");

    private static KeyBinding Row(CommandId command, string[] keys, string label, string english, string help) =>
        new(command, [.. keys.Select(KeyChord.Parse)], label, english, help) { InBar = true };
}
