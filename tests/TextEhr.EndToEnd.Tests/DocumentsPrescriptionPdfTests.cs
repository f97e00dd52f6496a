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
            Marks = [new DrugMarks { Rp = 1, Serial = 1, SubstitutionNotAllowed = true }, new DrugMarks { Rp = 1, Serial = 2, PatientWish = true }],
            Leftover = LeftoverMedicineAction.InformPrescriber,
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
        var texts = PrescriptionSlipHtml.Texts(slip);

        // The Rp lines are table rows now, each after its 変更不可 and 患者希望 cells, so each line is looked for on its own.
        var lines = texts["prescription"].Split('\n');
        string[] form =
        [
            "処方箋", "以下余白", "保険医氏名", "変更不可（医療上必要）", "患者希望", "リフィル可", "保険医署名",
            "交付の日を含めて4日以内に保険薬局に提出すること", "保険医療機関へ疑義照会した上で調剤", "✓保険医療機関へ情報提供",
            "調剤済年月日", "保険薬局の所在地及び名称", "保険薬剤師氏名", "公費負担医療の受給者番号",
            "✓Rp1アムロジピン錠5mg1錠", "✓メトホルミン塩酸塩錠250mg2錠",
        ];
        foreach (var value in texts.Where(static p => !string.Equals(p.Key, "prescription", StringComparison.Ordinal)).Select(static p => p.Value).Concat(lines).Concat(form))
        {
            Assert.Contains(DocumentTools.Compact(value), text, StringComparison.Ordinal);
        }
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
