using TextEhr.Documents.Html;
using TextEhr.Documents.Prescriptions;
using TextEhr.Domain.Patients;
using TextEhr.Tests.Shared;

namespace TextEhr.Documents.Tests;

public sealed class JahisPrescriptionCodeTests
{
    private static PrescriptionSlipModel Slip() =>
        PrescriptionSlipModel.From(DocumentSamples.Patient(), DocumentSamples.Prescription(), DocumentSamples.Clinic(), "佐藤　一郎", DocumentSamples.Today);

    [Fact]
    public void Records_follow_the_JAHIS_layout_for_clinic_patient_insurance_dates_and_drugs()
    {
        var records = JahisPrescriptionCode.Records(Slip());

        Assert.Equal(
        [
            "JAHIS9",
            "1,1,1234567,13,さくら内科クリニック",
            "2,1600022,東京都新宿区新宿3-1-1",
            "3,03-9876-5432,,",
            "5,,,佐藤　一郎",
            "11,1001,山田　花子,ﾔﾏﾀﾞ ﾊﾅｺ",
            "12,2",
            "13,19500301",
            "21,7",
            "22,39131156",
            "23,,12345678,1,",
            "51,20250602",
            "52,20250605",
            "101,1,1,,28",
            "111,1,1,,1日1回朝食後,",
            "201,1,1,1,4,2171022F1010,アムロジピン錠5mg,1,1,錠",
            "201,1,2,1,1,,メトホルミン塩酸塩錠250mg,2,1,錠",
            "101,2,2,,5",
            "111,2,1,,胸痛時,",
            "201,2,1,1,1,,ニトログリセリン舌下錠0.3mg,1,1,錠",
        ],
        records);
    }

    [Fact]
    public void The_payload_is_Shift_JIS_with_CRLF_between_records()
    {
        var bytes = JahisPrescriptionCode.Bytes(Slip());

        Assert.Equal("JAHIS9\r\n1,1,"u8.ToArray(), bytes[..12]);
        Assert.True(bytes.AsSpan().IndexOf("11,1001,"u8.ToArray().Concat(new byte[] { 0x8E, 0x52, 0x93, 0x63 }).ToArray()) > 0, "山田 in Shift_JIS");
        Assert.Contains((byte)0xD4, bytes); // ﾔ is one byte in Shift_JIS
        Assert.Equal(JahisPrescriptionCode.Text(Slip()), JahisPrescriptionCode.ShiftJis.GetString(bytes));
        Assert.Equal(JahisPrescriptionCode.Records(Slip()).Count - 1, bytes.Count(static b => b == '\n'));
        Assert.Equal(bytes.Count(static b => b == '\n'), bytes.Count(static b => b == '\r'));
    }

    [Fact]
    public void A_comma_or_line_break_in_a_value_cannot_split_a_record()
    {
        var slip = Slip() with { Remarks = "一包化,粉砕\n不可" };

        Assert.Contains("81,1,1,一包化、粉砕 不可", JahisPrescriptionCode.Records(slip), StringComparer.Ordinal);
    }

    [Fact]
    public void Public_coverages_take_records_27_onwards()
    {
        var patient = DocumentSamples.Patient() with { PublicCoverages = [new PublicCoverage { PayerNumber = "54136015", RecipientNumber = "1234566" }] };
        var slip = Slip() with { Patient = patient };

        Assert.Contains("27,54136015,1234566", JahisPrescriptionCode.Records(slip), StringComparer.Ordinal);
    }

    [Theory]
    [InlineData("ヤマダ ハナコ", "ﾔﾏﾀﾞ ﾊﾅｺ")]
    [InlineData("がっこう", "ｶﾞｯｺｳ")]
    [InlineData("ポール・ヴァン", "ﾎﾟｰﾙ･ｳﾞｧﾝ")]
    [InlineData("ＡＢ　12", "ＡＢ 12")]
    public void Kana_is_narrowed_to_half_width(string full, string half) =>
        Assert.Equal(half, HalfWidthKana.Convert(full));

    [Fact]
    public void The_rendered_slip_carries_the_code_as_an_inline_svg_and_every_field()
    {
        var html = PrescriptionSlipHtml.Render(Slip(), new TemplateStore(), font: null).Html;

        Assert.Contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\"", html, StringComparison.Ordinal);
        Assert.Contains("39131156", html, StringComparison.Ordinal);
        Assert.Contains("令和7年6月5日", html, StringComparison.Ordinal);
        Assert.Contains("Rp2　ニトログリセリン舌下錠0.3mg 1錠", html, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", html, StringComparison.Ordinal);
    }
}
