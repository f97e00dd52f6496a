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

    // Record 14 (一部負担区分) and 24 (負担・給付率) from JAPAN-EHR.md §9 and §5: 1 高齢者一般, 2 高齢者7割,
    // 3 6歳未満, 5 高齢者8割; 24 carries 患者負担率 and 保険給付率 in three digits.
    [Theory]
    [InlineData(1980, 4, 10, InsuranceKind.Employee, null, null, "030", "070")]
    [InlineData(2021, 5, 1, InsuranceKind.National, null, "3", "020", "080")]
    [InlineData(1952, 7, 1, InsuranceKind.Employee, 2, "5", "020", "080")]
    [InlineData(1952, 7, 1, InsuranceKind.Employee, 3, "2", "030", "070")]
    [InlineData(1945, 1, 15, InsuranceKind.LateElderly, 1, "1", "010", "090")]
    [InlineData(1945, 1, 15, InsuranceKind.LateElderly, 3, "2", "030", "070")]
    public void Records_14_and_24_carry_the_partial_payment_class_and_the_rates(int year, int month, int day, InsuranceKind kind, int? cardTenths, string? partial, string copay, string benefit)
    {
        var patient = DocumentSamples.Patient() with
        {
            BirthDate = new DateOnly(year, month, day),
            Insurance = new Coverage { Kind = kind, InsurerNumber = "06132013", CardNumber = "1", CardCopayTenths = cardTenths },
        };

        var records = JahisPrescriptionCode.Records(Slip() with { Patient = patient }).ToList();

        Assert.Equal(partial is null ? [] : ["14," + partial], records.Where(static r => r.StartsWith("14,", StringComparison.Ordinal)), StringComparer.Ordinal);
        Assert.Equal(["24," + copay + "," + benefit], records.Where(static r => r.StartsWith("24,", StringComparison.Ordinal)), StringComparer.Ordinal);
        Assert.True(records.IndexOf("24," + copay + "," + benefit) > records.FindIndex(static r => r.StartsWith("23,", StringComparison.Ordinal)), "24 follows the card");
    }

    [Fact]
    public void A_rate_the_card_does_not_give_is_not_guessed_into_records_14_and_24()
    {
        // The sample is 75 with a 後期高齢者 card whose 1, 2 or 3割 was never entered.
        var records = JahisPrescriptionCode.Records(Slip());

        Assert.DoesNotContain(records, static r => r.StartsWith("14,", StringComparison.Ordinal) || r.StartsWith("24,", StringComparison.Ordinal));
    }

    [Fact]
    public void An_override_rate_wins_in_record_24()
    {
        var patient = DocumentSamples.Patient() with
        {
            Insurance = new Coverage { Kind = InsuranceKind.LateElderly, InsurerNumber = "39131156", CardNumber = "1", CardCopayTenths = 1, CopayOverrideTenths = 2 },
        };

        var records = JahisPrescriptionCode.Records(Slip() with { Patient = patient });

        Assert.Contains("24,020,080", records, StringComparer.Ordinal);
        Assert.Contains("14,5", records, StringComparer.Ordinal);
    }

    [Fact]
    public void Record_1_stays_a_medical_clinic_and_record_4_is_left_out_without_a_department()
    {
        var records = JahisPrescriptionCode.Records(Slip());

        Assert.StartsWith("1,1,", records[1], StringComparison.Ordinal);
        Assert.DoesNotContain(records, static r => r.StartsWith("4,", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(LeftoverMedicineAction.QueryPrescriber, "62,1")]
    [InlineData(LeftoverMedicineAction.InformPrescriber, "62,2")]
    public void The_leftover_instruction_is_record_62_after_the_dates(LeftoverMedicineAction action, string expected)
    {
        var records = JahisPrescriptionCode.Records(Slip() with { Leftover = action, Remarks = "一包化" }).ToList();

        Assert.Equal(records.IndexOf("52,20250605") + 1, records.IndexOf(expected));
        Assert.True(records.IndexOf(expected) < records.FindIndex(static r => r.StartsWith("81,", StringComparison.Ordinal)));
        Assert.DoesNotContain(JahisPrescriptionCode.Records(Slip()), static r => r.StartsWith("62,", StringComparison.Ordinal));
    }

    [Fact]
    public void Marked_drugs_get_record_281_right_after_their_record_201()
    {
        var slip = Slip() with
        {
            Marks =
            [
                new DrugMarks { Rp = 1, Serial = 2, SubstitutionNotAllowed = true, PatientWish = true },
                new DrugMarks { Rp = 2, Serial = 1, PatientWish = true },
            ],
        };

        var records = JahisPrescriptionCode.Records(slip).ToList();

        var metformin = records.FindIndex(static r => r.StartsWith("201,1,2,", StringComparison.Ordinal));
        Assert.Equal(["281,1,2,1,3,後発品変更不可,", "281,1,2,2,8,先発医薬品患者希望,"], records.GetRange(metformin + 1, 2));
        var nitro = records.FindIndex(static r => r.StartsWith("201,2,1,", StringComparison.Ordinal));
        Assert.Equal("281,2,1,1,8,先発医薬品患者希望,", records[nitro + 1]);
        Assert.Equal(3, records.Count(static r => r.StartsWith("281,", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_slip_ticks_marked_drugs_the_refill_box_and_the_leftover_choice()
    {
        var slip = Slip() with
        {
            Marks = [new DrugMarks { Rp = 1, Serial = 1, SubstitutionNotAllowed = true }],
            RefillCount = 3,
            Leftover = LeftoverMedicineAction.QueryPrescriber,
        };

        var html = PrescriptionSlipHtml.Render(slip, new TemplateStore(), font: null).Html;

        Assert.Contains("<tr><td class=\"mark\">✓</td><td class=\"mark\"></td><td>Rp1　アムロジピン錠5mg 1錠</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td class=\"mark\"></td><td class=\"mark\"></td><td>　　　メトホルミン塩酸塩錠250mg 2錠</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("リフィル可<span class=\"box\">✓</span>（3回）", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"box\">✓</span>保険医療機関へ疑義照会した上で調剤", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"box\"></span>保険医療機関へ情報提供", html, StringComparison.Ordinal);
        foreach (var label in new[] { "変更不可<br>（医療上<br>必要）", "患者<br>希望", "保険医署名", "調剤済年月日", "保険薬剤師氏名", "交付の日を含めて4日以内" })
        {
            Assert.Contains(label, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_second_public_coverage_fills_the_rows_at_the_foot()
    {
        var patient = DocumentSamples.Patient() with
        {
            PublicCoverages =
            [
                new PublicCoverage { PayerNumber = "54136015", RecipientNumber = "1234566" },
                new PublicCoverage { PayerNumber = "21136012", RecipientNumber = "7654321" },
            ],
        };

        var texts = PrescriptionSlipHtml.Texts(Slip() with { Patient = patient });

        Assert.Equal(("54136015", "1234566", "21136012", "7654321"), (texts["publicPayer"], texts["publicRecipient"], texts["secondPublicPayer"], texts["secondPublicRecipient"]));
    }
}
