using TextEhr.Documents.Html;
using TextEhr.Documents.Referral;
using TextEhr.Tests.Shared;

namespace TextEhr.Documents.Tests;

public sealed class ReferralLetterModelTests
{
    private static ReferralLetterModel Letter() => ReferralLetterModel.FromChart(
        DocumentSamples.Patient(), DocumentSamples.Problems(), DocumentSamples.Prescription(), DocumentSamples.Results(), DocumentSamples.Allergies(), DocumentSamples.Entries(), DocumentSamples.Clinic(), "佐藤 一郎", DocumentSamples.Today);

    [Fact]
    public void Continuing_problems_become_the_diagnoses_primary_first_without_cured_or_voided_ones()
    {
        Assert.Equal("2型糖尿病\n高血圧症\n狭心症の疑い", Letter().Diagnoses);
    }

    [Fact]
    public void The_newest_value_of_each_lab_item_goes_to_the_course_with_its_mark()
    {
        var course = Letter().Course;

        Assert.Contains("HbA1c 7.2 % (H) (R7.5.20)", course, StringComparison.Ordinal);
        Assert.Contains("LDL-C 168 mg/dL (H)", course, StringComparison.Ordinal);
        Assert.DoesNotContain("7.9", course, StringComparison.Ordinal);
    }

    [Fact]
    public void The_newest_note_opens_the_course_in_SOAP_lines_before_the_results()
    {
        var course = Letter().Course;

        Assert.StartsWith("R7.5.20 受診時\nS) 労作時に胸が重い\nA) 狭心症疑い\nP) 循環器内科へ紹介\n\n検査結果\nHbA1c", course, StringComparison.Ordinal);
        Assert.DoesNotContain("変わりなし", course, StringComparison.Ordinal);
    }

    [Fact]
    public void Allergies_in_force_go_to_the_remarks_and_voided_ones_do_not()
    {
        Assert.Equal("アレルギー: ペニシリン系（発疹）", Letter().Remarks);
    }

    [Fact]
    public void The_last_prescription_becomes_the_current_prescription_in_Rp_lines()
    {
        var lines = Letter().CurrentPrescription.Split('\n');

        Assert.Equal("Rp1　アムロジピン錠5mg 1錠", lines[0]);
        Assert.Equal("　　　メトホルミン塩酸塩錠250mg 2錠", lines[1]);
        Assert.Equal("　　　1日1回朝食後　28日分", lines[2]);
        Assert.Equal("Rp2　ニトログリセリン舌下錠0.3mg 1錠", lines[3]);
        Assert.Equal("　　　胸痛時　5回分", lines[4]);
    }

    [Fact]
    public void Patient_fields_and_age_on_the_letter_date_come_from_the_chart()
    {
        var letter = Letter();

        Assert.Equal("山田\u3000花子", letter.PatientName);
        Assert.Equal("ヤマダ\u3000ハナコ", letter.PatientKana);
        Assert.Equal(75, letter.Age);
        Assert.Equal("無職", letter.Occupation);
    }

    [Fact]
    public void Rendered_letter_has_every_field_in_wareki_and_escapes_markup()
    {
        var letter = Letter() with
        {
            ToInstitution = "新宿中央病院",
            ToDepartment = "循環器内科",
            Purpose = "精査<script>alert(1)</script>をお願いします",
        };

        var html = ReferralLetterHtml.Render(letter, new TemplateStore(), font: null).Html;

        Assert.Contains("令和7年6月2日", html, StringComparison.Ordinal);
        Assert.Contains("昭和25年3月1日（75歳）", html, StringComparison.Ordinal);
        Assert.Contains("新宿中央病院", html, StringComparison.Ordinal);
        Assert.Contains("担当医　先生　御侍史", html, StringComparison.Ordinal);
        Assert.Contains("精査&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("2型糖尿病<br>高血圧症", html, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Rendered_texts_list_every_printed_value_for_the_glyph_check()
    {
        var document = ReferralLetterHtml.Render(Letter(), new TemplateStore(), font: null);

        Assert.Contains("山田\u3000花子", document.Texts, StringComparer.Ordinal);
        Assert.Contains("さくら内科クリニック", document.Texts, StringComparer.Ordinal);
    }
}
