using TextEhr.Documents.Html;
using TextEhr.Documents.Summary;
using TextEhr.EndToEnd.Tests.Support;
using TextEhr.Tests.Shared;

namespace TextEhr.EndToEnd.Tests;

/// <summary>The patient summary printed by the real Chromium.</summary>
public sealed class DocumentsSummaryPdfTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("textehr-summary-");

    public static PatientSummaryModel Summary() => PatientSummaryModel.FromChart(
        DocumentSamples.Patient(), DocumentSamples.Problems(), DocumentSamples.Allergies(), DocumentSamples.Prescription(),
        DocumentSamples.Results(), DocumentSamples.Entries(), DocumentSamples.Clinic(), "佐藤　一郎", DocumentSamples.Today);

    [Fact]
    public async Task The_summary_is_an_A4_page_with_every_section()
    {
        var document = PatientSummaryHtml.Render(Summary(), new TemplateStore(), DocumentsReferralPdfTests.Font());
        var pdf = Path.Combine(_folder.FullName, "summary.pdf");

        var result = await DocumentsReferralPdfTests.Printer().ToPdfAsync(document, pdf, CancellationToken.None);

        Assert.True(result.IsPdf, result.Message);
        var text = await DocumentTools.TextAsync(pdf);
        foreach (var value in document.Texts.Concat(["患者サマリー", "アレルギー", "最近の記載"]))
        {
            Assert.Contains(DocumentTools.Compact(value), text, StringComparison.Ordinal);
        }

        Assert.Contains("(A4)", await DocumentTools.InfoAsync(pdf), StringComparison.Ordinal);
        Assert.InRange(Assert.Single(await DocumentTools.GreyPagesAsync(pdf, 30)).Ink, 0.01, 0.5);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
