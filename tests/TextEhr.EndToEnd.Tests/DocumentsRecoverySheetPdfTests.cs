using TextEhr.Documents.Html;
using TextEhr.Documents.Recovery;
using TextEhr.EndToEnd.Tests.Support;
using TextEhr.Tests.Shared;

namespace TextEhr.EndToEnd.Tests;

/// <summary>The 復旧用シート printed by the real headless Chromium, read back with poppler.</summary>
public sealed class DocumentsRecoverySheetPdfTests : IDisposable
{
    private const string Passphrase = "Kx7w-さくら-Pb2q-夜";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("textehr-recovery-");

    private static RecoverySheetModel Sheet(string? passphrase) => new()
    {
        Clinic = DocumentSamples.Clinic(),
        Date = DocumentSamples.Today,
        Destination = "/media/clinic/BACKUP/TextEhr-backup",
        DestinationLabel = "USB メモリ BACKUP",
        Generations = 7,
        LastBackup = new RecoveryBackupFile(
            new DateTimeOffset(2025, 5, 30, 18, 2, 0, TimeSpan.FromHours(9)),
            "textehr-1234567-20250530-1802.ehrbk",
            257_218_560,
            "3f2a9c0177de4b10aa55cc6612345678deadbeef000011112222333344445555"),
        Passphrase = passphrase,
    };

    [Fact]
    public async Task The_sheet_is_one_A4_page_with_every_field_and_a_handwriting_box_instead_of_the_passphrase()
    {
        var sheet = Sheet(passphrase: null);
        var pdf = Path.Combine(_folder.FullName, "recovery.pdf");

        var result = await DocumentsReferralPdfTests.Printer().ToPdfAsync(
            RecoverySheetHtml.Render(sheet, new TemplateStore(), DocumentsReferralPdfTests.Font()), pdf, CancellationToken.None);

        Assert.True(result.IsPdf, result.Message);
        var text = await DocumentTools.TextAsync(pdf);
        foreach (var value in RecoverySheetHtml.Texts(sheet).Values.Concat(
            ["復旧用シート", "パスフレーズ（手書き）", "新しいパソコンに戻す手順", "cdDesktop", "困ったときの連絡先", "会社名", "電話番号"]))
        {
            Assert.Contains(DocumentTools.Compact(value), text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Kx7w", text, StringComparison.Ordinal);
        Assert.Contains("(A4)", await DocumentTools.InfoAsync(pdf), StringComparison.Ordinal);
        Assert.Equal(1, await DocumentTools.PagesAsync(pdf));
    }

    [Fact]
    public async Task Asked_for_the_passphrase_the_sheet_prints_it_and_no_handwriting_box()
    {
        var pdf = Path.Combine(_folder.FullName, "recovery-with-passphrase.pdf");

        var result = await DocumentsReferralPdfTests.Printer().ToPdfAsync(
            RecoverySheetHtml.Render(Sheet(Passphrase), new TemplateStore(), DocumentsReferralPdfTests.Font()), pdf, CancellationToken.None);

        Assert.True(result.IsPdf, result.Message);
        var text = await DocumentTools.TextAsync(pdf);
        Assert.Contains(DocumentTools.Compact(Passphrase), text, StringComparison.Ordinal);
        Assert.DoesNotContain("パスフレーズ（手書き）", text, StringComparison.Ordinal);
        Assert.Equal(1, await DocumentTools.PagesAsync(pdf));
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
