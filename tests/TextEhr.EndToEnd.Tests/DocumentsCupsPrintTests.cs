using TextEhr.Documents.Html;
using TextEhr.Documents.Pdf;
using TextEhr.Documents.Prescriptions;
using TextEhr.EndToEnd.Tests.Support;

namespace TextEhr.EndToEnd.Tests;

/// <summary>A prescription printed through a real CUPS spooler to a cups-pdf printer.</summary>
public sealed class DocumentsCupsPrintTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("textehr-lp-");

    [Fact]
    public async Task The_job_lands_as_one_A4_page_whose_code_still_decodes_to_the_payload()
    {
        var slip = DocumentsPrescriptionPdfTests.Slip();
        var pdf = Path.Combine(_folder.FullName, "rx.pdf");
        var made = await DocumentsReferralPdfTests.Printer().ToPdfAsync(
            PrescriptionSlipHtml.Render(slip, new TemplateStore(), DocumentsReferralPdfTests.Font()), pdf, CancellationToken.None);
        Assert.True(made.IsPdf, made.Message);
        using var cups = await PrivateCups.StartAsync();

        var printed = await DocumentPrinter.PrintAsync(pdf, PrivateCups.Queue, CancellationToken.None);

        Assert.True(printed.Succeeded, printed.Message);
        Assert.NotNull(printed.JobId);
        Assert.Contains(printed.JobId, printed.Message, StringComparison.Ordinal);
        var spooled = await cups.WaitForOutputAsync(printed.JobId);
        var info = await DocumentTools.InfoAsync(spooled);
        Assert.Contains("(A4)", info, StringComparison.Ordinal);
        Assert.Equal(1, await DocumentTools.PagesAsync(spooled));
        await DocumentTools.RunAsync("pdftoppm", "-r", "150", "-png", "-singlefile", spooled, Path.Combine(_folder.FullName, "spooled"));
        Assert.Equal(JahisPrescriptionCode.Bytes(slip), await DocumentTools.QrBytesAsync(Path.Combine(_folder.FullName, "spooled.png")));
    }

    [Fact]
    public async Task An_unknown_printer_is_refused_with_a_Japanese_message()
    {
        using var cups = await PrivateCups.StartAsync();
        var pdf = Path.Combine(_folder.FullName, "x.pdf");
        await File.WriteAllTextAsync(pdf, "%PDF-1.4\n");

        var printed = await DocumentPrinter.PrintAsync(pdf, "NoSuchPrinter", CancellationToken.None);

        Assert.False(printed.Succeeded);
        Assert.StartsWith("プリンター NoSuchPrinter に送れませんでした。", printed.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
