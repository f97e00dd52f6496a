using TextEhr.Documents.Html;
using TextEhr.Documents.Prescriptions;
using TextEhr.EndToEnd.Tests.Support;
using TextEhr.Tests.Shared;

namespace TextEhr.EndToEnd.Tests;

/// <summary>The 院外処方箋 printed by the real Chromium; its JAHIS code read back by zbarimg.</summary>
public sealed class DocumentsPrescriptionPdfTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("textehr-rx-");

    public static PrescriptionSlipModel Slip() =>
        PrescriptionSlipModel.From(DocumentSamples.Patient(), DocumentSamples.Prescription(), DocumentSamples.Clinic(), "佐藤　一郎", DocumentSamples.Today) with
        {
            Remarks = "一包化してください。",
        };

    [Fact]
    public async Task The_code_on_the_printed_page_decodes_to_exactly_the_Shift_JIS_bytes_built()
    {
        var slip = Slip();
        var pdf = Path.Combine(_folder.FullName, "rx.pdf");

        var result = await DocumentsReferralPdfTests.Printer().ToPdfAsync(
            PrescriptionSlipHtml.Render(slip, new TemplateStore(), DocumentsReferralPdfTests.Font()), pdf, CancellationToken.None);

        Assert.True(result.IsPdf, result.Message);
        await DocumentTools.RunAsync("pdftoppm", "-r", "150", "-png", "-singlefile", pdf, Path.Combine(_folder.FullName, "page"));
        var decoded = await DocumentTools.QrBytesAsync(Path.Combine(_folder.FullName, "page.png"));
        Assert.Equal(JahisPrescriptionCode.Bytes(slip), decoded);
        Assert.Equal(1, await DocumentTools.PagesAsync(pdf));
        Assert.Contains("(A4)", await DocumentTools.InfoAsync(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_printed_slip_holds_every_field()
    {
        var slip = Slip();
        var pdf = Path.Combine(_folder.FullName, "rx.pdf");

        var result = await DocumentsReferralPdfTests.Printer().ToPdfAsync(
            PrescriptionSlipHtml.Render(slip, new TemplateStore(), DocumentsReferralPdfTests.Font()), pdf, CancellationToken.None);

        Assert.True(result.IsPdf, result.Message);
        var text = await DocumentTools.TextAsync(pdf);
        foreach (var value in PrescriptionSlipHtml.Texts(slip).Values.Concat(["処方箋", "以下余白", "保険医氏名"]))
        {
            Assert.Contains(DocumentTools.Compact(value), text, StringComparison.Ordinal);
        }
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
