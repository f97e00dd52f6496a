using System.Text;
using TextEhr.Documents.Fonts;
using TextEhr.Documents.Html;
using TextEhr.Documents.Referral;
using TextEhr.EndToEnd.Tests.Support;

namespace TextEhr.EndToEnd.Tests;

/// <summary>
/// The font comes from the file the locator found, by an <c>@font-face</c> with its file URL, not from the
/// fonts installed on the machine: with <c>TEXTEHR_FONT_DIR</c> set to the bundled folder (regular face only)
/// the PDF embeds that face alone, though this machine has the Debian pair with a bold face installed.
/// </summary>
public sealed class DocumentsBundledFontTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("textehr-font-");

    [Fact]
    public async Task With_only_the_bundled_font_the_pdf_embeds_that_file_and_not_the_installed_bold_face()
    {
        var font = FontLocator.Find(static name => string.Equals(name, FontLocator.EnvironmentVariable, StringComparison.Ordinal) ? FontLocator.BundledFolder : null);
        Assert.NotNull(font);
        Assert.Equal((Path.Combine(FontLocator.BundledFolder, "BIZUDGothic-Regular.ttf"), null), (font.Regular, font.Bold));
        var page = ReferralLetterHtml.Render(DocumentsReferralPdfTests.Letter(), new TemplateStore(), font);
        Assert.Contains(DocumentFont.FileUrl(font.Regular), page.Html, StringComparison.Ordinal);
        var pdf = Path.Combine(_folder.FullName, "letter.pdf");

        var result = await DocumentsReferralPdfTests.Printer().ToPdfAsync(page, pdf, CancellationToken.None);

        Assert.True(result.IsPdf, result.Message);
        var fonts = Encoding.UTF8.GetString(await DocumentTools.RunAsync("pdffonts", pdf));
        Assert.Matches(@"\+BIZUDGothic-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes", fonts);

        // The letter's title is bold: had the browser taken the installed BIZ UDゴシック by family name, its bold
        // face would be embedded too. Only the bundled file's regular face (emboldened by the browser) may be.
        Assert.DoesNotContain("BIZUDGothic-Bold", fonts, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
