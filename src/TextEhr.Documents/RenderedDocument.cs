namespace TextEhr.Documents;

/// <summary>A document ready for the browser: one self-contained HTML page and the texts printed on it.</summary>
/// <param name="Kind">File-name stem such as <c>referral</c>.</param>
/// <param name="Title">Japanese title, e.g. 診療情報提供書.</param>
/// <param name="Html">The whole page.</param>
/// <param name="Texts">Every value printed, for the 外字 check.</param>
public sealed record RenderedDocument(string Kind, string Title, string Html, IReadOnlyList<string> Texts)
{
    /// <summary>What the doctor must hear before printing, in Japanese: e.g. a 処方箋 printed without its 2D code.</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];
}
