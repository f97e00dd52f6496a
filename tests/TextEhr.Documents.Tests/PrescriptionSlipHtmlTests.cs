using QRCoder.Exceptions;
using TextEhr.Documents.Fonts;
using TextEhr.Documents.Html;
using TextEhr.Documents.Prescriptions;
using TextEhr.Tests.Shared;

namespace TextEhr.Documents.Tests;

public sealed class PrescriptionSlipHtmlTests
{
    [Fact]
    public void A_prescription_too_long_for_one_code_is_printed_without_it_says_so_on_the_slip_and_warns_before_printing()
    {
        var slip = PrescriptionSlipModel.From(DocumentSamples.Patient(), DocumentSamples.LongPrescription(), DocumentSamples.Clinic(), "佐藤　一郎", DocumentSamples.Today);
        var payload = JahisPrescriptionCode.Bytes(slip);
        Assert.Throws<DataTooLongException>(() => QrSvg.Render(payload));

        var document = PrescriptionSlipHtml.Render(slip, new TemplateStore(), font: null);

        Assert.DoesNotContain("<svg", document.Html, StringComparison.Ordinal);
        Assert.Contains(HtmlText.Escape(DocumentMessages.QrOmittedOnSlip), document.Html, StringComparison.Ordinal);
        Assert.Contains("検査用の長い名前の医薬品錠60ミリグラム製剤", document.Html, StringComparison.Ordinal);
        Assert.Equal([DocumentMessages.QrTooLong(payload.Length)], document.Notices);
        var warning = PrintPreflight.Warning(document, font: null)!;
        Assert.StartsWith(DocumentMessages.QrTooLong(payload.Length), warning, StringComparison.Ordinal);
        Assert.Contains("分けて2枚の処方箋", warning, StringComparison.Ordinal);
        Assert.EndsWith(DocumentMessages.FontNotFound, warning, StringComparison.Ordinal);
    }

    [Fact]
    public void A_slip_whose_code_fits_has_no_notice()
    {
        var slip = PrescriptionSlipModel.From(DocumentSamples.Patient(), DocumentSamples.Prescription(), DocumentSamples.Clinic(), "佐藤　一郎", DocumentSamples.Today);

        var document = PrescriptionSlipHtml.Render(slip, new TemplateStore(), font: null);

        Assert.Empty(document.Notices);
        Assert.Contains("<svg", document.Html, StringComparison.Ordinal);
    }
}
