using System.Runtime.CompilerServices;
using TextEhr.Documents.Html;
using TextEhr.Documents.Prescriptions;
using TextEhr.Documents.Referral;
using TextEhr.Documents.Summary;
using TextEhr.EndToEnd.Tests.Support;

namespace TextEhr.EndToEnd.Tests;

/// <summary>
/// The first pages of the documents as small PNGs under <c>docs/</c> for a reviewer; <c>UPDATE_DOCS=1</c>
/// rewrites them (pdftoppm -r 60). Without it the test only checks that the committed pictures exist.
/// </summary>
public sealed class DocumentsPicturesTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("textehr-pictures-");

    public static TheoryData<string> Pictures => ["referral-letter", "prescription", "patient-summary"];

    [Theory]
    [MemberData(nameof(Pictures))]
    public async Task The_picture_in_docs_is_an_A4_page_at_60_dpi(string name)
    {
        var target = Path.Combine(DocsFolder(), name + ".png");
        if (string.Equals(Environment.GetEnvironmentVariable("UPDATE_DOCS"), "1", StringComparison.Ordinal))
        {
            var pdf = Path.Combine(_folder.FullName, name + ".pdf");
            var font = DocumentsReferralPdfTests.Font();
            var document = name switch
            {
                "prescription" => PrescriptionSlipHtml.Render(DocumentsPrescriptionPdfTests.Slip(), new TemplateStore(), font),
                "patient-summary" => PatientSummaryHtml.Render(DocumentsSummaryPdfTests.Summary(), new TemplateStore(), font),
                _ => ReferralLetterHtml.Render(DocumentsReferralPdfTests.Letter(), new TemplateStore(), font),
            };
            var result = await DocumentsReferralPdfTests.Printer().ToPdfAsync(document, pdf, CancellationToken.None);
            Assert.True(result.IsPdf, result.Message);
            await DocumentTools.RunAsync("pdftoppm", "-r", "60", "-png", "-singlefile", "-f", "1", "-l", "1", pdf, Path.ChangeExtension(target, null));
        }

        Assert.True(File.Exists(target), $"{target} is missing: run the test with UPDATE_DOCS=1");
        var bytes = await File.ReadAllBytesAsync(target);
        var width = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16));
        var height = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20));
        Assert.Equal((496, 702), (width, height));
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private static string DocsFolder([CallerFilePath] string callerPath = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(callerPath)!, "..", "..", "docs"));
}
