using System.Runtime.CompilerServices;
using TextEhr.Documents.Html;
using TextEhr.Documents.Prescriptions;
using TextEhr.Documents.Referral;
using TextEhr.Documents.Summary;
using TextEhr.EndToEnd.Tests.Support;

namespace TextEhr.EndToEnd.Tests;

/// <summary>
/// The first pages of the documents as small PNGs under <c>docs/</c> for a reviewer; <c>UPDATE_DOCS=1</c>
/// rewrites them (pdftoppm -r 60). Without it each page is rendered afresh and compared with the committed
/// picture, so a layout change without new pictures fails and says how to make them.
/// </summary>
public sealed class DocumentsPicturesTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("textehr-pictures-");

    public static TheoryData<string> Pictures => ["referral-letter", "prescription", "patient-summary"];

    [Theory]
    [MemberData(nameof(Pictures))]
    public async Task The_picture_in_docs_is_an_A4_page_at_60_dpi_that_matches_a_fresh_rendering(string name)
    {
        var target = Path.Combine(DocsFolder(), name + ".png");
        var fresh = Path.Combine(_folder.FullName, name + ".png");
        await RenderAsync(name, fresh);
        if (string.Equals(Environment.GetEnvironmentVariable("UPDATE_DOCS"), "1", StringComparison.Ordinal))
        {
            File.Copy(fresh, target, overwrite: true);
        }

        Assert.True(File.Exists(target), $"{target} is missing: run the test with UPDATE_DOCS=1");
        var committed = PngGrey.Read(await File.ReadAllBytesAsync(target));
        Assert.Equal((496, 702), (committed.Width, committed.Height));
        var share = PngGrey.DifferingShare(committed, PngGrey.Read(await File.ReadAllBytesAsync(fresh)));
        if (share > StaleShare)
        {
            var actual = Path.ChangeExtension(target, ".actual.png");
            File.Copy(fresh, actual, overwrite: true);
            Assert.Fail($"{target} is stale: {share:P1} of its pixels differ from the page as it prints now (fresh picture: {actual}). Run the test with UPDATE_DOCS=1 and commit the new picture.");
        }
    }

    // Above anti-aliasing noise (a re-rendering on the same machine differs by 0 %), below one changed box or line.
    private const double StaleShare = 0.005;

    private static async Task RenderAsync(string name, string png)
    {
        var pdf = Path.ChangeExtension(png, ".pdf");
        var font = DocumentsReferralPdfTests.Font();
        var document = name switch
        {
            "prescription" => PrescriptionSlipHtml.Render(DocumentsPrescriptionPdfTests.Slip(), new TemplateStore(), font),
            "patient-summary" => PatientSummaryHtml.Render(DocumentsSummaryPdfTests.Summary(), new TemplateStore(), font),
            _ => ReferralLetterHtml.Render(DocumentsReferralPdfTests.Letter(), new TemplateStore(), font),
        };
        var result = await DocumentsReferralPdfTests.Printer().ToPdfAsync(document, pdf, CancellationToken.None);
        Assert.True(result.IsPdf, result.Message);
        await DocumentTools.RunAsync("pdftoppm", "-r", "60", "-png", "-singlefile", "-f", "1", "-l", "1", pdf, Path.ChangeExtension(png, null));
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private static string DocsFolder([CallerFilePath] string callerPath = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(callerPath)!, "..", "..", "docs"));
}
