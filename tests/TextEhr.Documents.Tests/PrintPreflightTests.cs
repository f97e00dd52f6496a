using TextEhr.Documents.Fonts;

namespace TextEhr.Documents.Tests;

public sealed class PrintPreflightTests
{
    private static readonly RenderedDocument Document = new("referral", "診療情報提供書", "<p></p>", ["山田"]);

    [Fact]
    public void Without_the_font_the_doctor_is_told_which_package_to_install()
    {
        Assert.Equal(DocumentMessages.FontNotFound, PrintPreflight.Warning(Document, font: null));
        Assert.Contains("fonts-morisawa-bizud-gothic", DocumentMessages.FontNotFound, StringComparison.Ordinal);
    }

    [Fact]
    public void The_warning_lists_each_missing_character_with_its_usual_substitute()
    {
        var message = DocumentMessages.MissingGlyphs(["𠮷", "丂"]);

        Assert.Contains("「𠮷」(代わりに「吉」)、「丂」", message, StringComparison.Ordinal);
        Assert.Contains("カルテの記録はそのままです", message, StringComparison.Ordinal);
    }
}
