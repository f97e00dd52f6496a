namespace TextEhr.App.Screens.Documents;

/// <summary>The three documents a chart makes, by their template names, and what the doctor calls them.</summary>
public static class DocumentKinds
{
    public const string Referral = "referral";

    public const string Summary = "summary";

    public const string Prescription = "prescription";

    /// <summary>In the order the list offers them: the referral is what is printed most.</summary>
    public static IReadOnlyList<string> All { get; } = [Referral, Summary, Prescription];

    /// <summary>The 種類 column: 紹介状, サマリー, 処方箋.</summary>
    public static string Label(string kind) => kind switch
    {
        Referral => "紹介状",
        Summary => "サマリー",
        Prescription => "処方箋",
        _ => kind,
    };

    /// <summary>The form's heading.</summary>
    public static string Heading(string kind) => kind switch
    {
        Referral => "紹介状（診療情報提供書）",
        Summary => "患者サマリー",
        Prescription => "院外処方箋",
        _ => kind,
    };
}
