namespace TextEhr.App.Demo;

/// <summary>What regulars say and what the doctor writes at a routine follow-up visit.</summary>
internal static class DemoPhrases
{
    public static IReadOnlyList<string> RoutineSubjective { get; } =
    [
        "特に変わりなし。", "体調良好。", "最近少し疲れやすい。", "食欲あり。", "夜間頻尿1回。", "膝の痛みは相変わらず。",
        "便通良好。", "睡眠良好。", "胸痛・動悸なし。", "息切れなし。", "散歩を毎日続けている。", "孫が遊びに来て忙しかった。",
        "暑さで少しばてている。", "寒くなって肩がこる。", "旅行に行ってきた。", "薬の飲み忘れなし。", "飲み忘れが時々ある。",
        "体重が少し増えた。", "最近よく眠れない日がある。", "かぜはひいていない。",
    ];

    public static IReadOnlyList<string> RoutineObjective { get; } =
    [
        "心音純、雑音なし。呼吸音清。", "下腿浮腫なし。", "腹部平坦・軟。", "眼瞼結膜貧血なし。", "頸部血管雑音なし。",
        "足背動脈触知良好。", "皮膚乾燥あり。",
    ];

    public static IReadOnlyList<string> FollowUpSubjective { get; } =
        ["症状はかなり改善した。", "熱は下がった。まだ少し咳が残る。", "だいぶ楽になった。", "まだ少し症状が残る。"];

    public static IReadOnlyList<string> FollowUpObjective { get; } =
        ["全身状態良好。", "咽頭発赤は消退。", "腹部所見改善。", "皮疹は痂皮化。"];
}
