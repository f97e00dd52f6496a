using System.Text;
using TextEhr.Documents;
using TextEhr.Documents.Fonts;
using TextEhr.Documents.Html;
using TextEhr.Documents.Pdf;
using TextEhr.Documents.Referral;
using TextEhr.EndToEnd.Tests.Support;
using TextEhr.Tests.Shared;

namespace TextEhr.EndToEnd.Tests;

/// <summary>The referral letter printed by the real headless Chromium, read back with poppler.</summary>
public sealed class DocumentsReferralPdfTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("textehr-referral-");

    public static ReferralLetterModel Letter() => ReferralLetterModel.FromChart(
        DocumentSamples.Patient(),
        DocumentSamples.Problems(),
        DocumentSamples.Prescription(),
        DocumentSamples.Results(),
        DocumentSamples.Allergies(),
        DocumentSamples.Entries(),
        DocumentSamples.Clinic(),
        "佐藤　一郎",
        DocumentSamples.Today) with
    {
        ToInstitution = "新宿中央病院",
        ToDepartment = "循環器内科",
        ToDoctor = "鈴木　次郎",
        Purpose = "労作時の胸部圧迫感があり、冠動脈疾患の精査をお願い申し上げます。",
        History = "既往歴：特記なし。家族歴：父　心筋梗塞（70歳）。",
        Course = "R7.5.20 受診時、労作時に胸が重いとの訴えあり。\nHbA1c 7.2 % (H) (R7.5.20)\nLDL-C 168 mg/dL (H) (R7.5.20)",
        Treatment = "令和7年5月よりニトログリセリン舌下錠を頓用で処方しています。",
        Remarks = "紹介状の返信をお願いいたします。",
    };

    public static DocumentPrinter Printer()
    {
        var browser = BrowserLocator.Find();
        Assert.True(browser is not null, "No Chromium-based browser: install the Debian package chromium (.ci/run does).");
        return new DocumentPrinter(browser);
    }

    public static DocumentFont Font() =>
        FontLocator.Find() ?? throw new InvalidOperationException("BIZ UDGothic missing: install fonts-morisawa-bizud-gothic (.ci/run does).");

    [Fact]
    public async Task The_letter_is_one_A4_page_whose_text_holds_every_field_in_the_embedded_BIZ_UD_font()
    {
        var letter = Letter();
        var pdf = Path.Combine(_folder.FullName, "referral.pdf");

        var result = await Printer().ToPdfAsync(ReferralLetterHtml.Render(letter, new TemplateStore(), Font()), pdf, CancellationToken.None);

        Assert.True(result.IsPdf, result.Message);
        var text = await DocumentTools.TextAsync(pdf);
        foreach (var value in ReferralLetterHtml.Texts(letter).Values.Concat(["診療情報提供書", "先生御侍史", "症状経過及び検査結果", "現在の処方"]))
        {
            Assert.Contains(DocumentTools.Compact(value), text, StringComparison.Ordinal);
        }

        var info = await DocumentTools.InfoAsync(pdf);
        Assert.Contains("(A4)", info, StringComparison.Ordinal);
        Assert.Equal(1, await DocumentTools.PagesAsync(pdf));
        var fonts = Encoding.UTF8.GetString(await DocumentTools.RunAsync("pdffonts", pdf));
        Assert.Contains("BIZUDGothic-Regular", fonts, StringComparison.Ordinal);
        Assert.DoesNotContain(" no ", fonts.Split('\n').Skip(2).Aggregate(string.Empty, (a, b) => a + b + " "), StringComparison.Ordinal);
        var page = Assert.Single(await DocumentTools.GreyPagesAsync(pdf, 30));
        Assert.InRange(page.Width, 247, 249);
        Assert.InRange(page.Height, 350, 352);
        Assert.InRange(page.Ink, 0.02, 0.5);
    }

    [Fact]
    public async Task A_3000_character_course_flows_onto_a_continuation_page_headed_zokushi()
    {
        var sentence = "血圧は家庭血圧で140/90前後、労作時に胸部圧迫感が数分続き、安静で軽快しました。";
        var course = new StringBuilder();
        while (course.Length < 3000)
        {
            course.Append(sentence);
        }

        var letter = Letter() with { Course = course.ToString() };
        var pdf = Path.Combine(_folder.FullName, "long.pdf");

        var result = await Printer().ToPdfAsync(ReferralLetterHtml.Render(letter, new TemplateStore(), Font()), pdf, CancellationToken.None);

        Assert.True(result.IsPdf, result.Message);
        Assert.True(await DocumentTools.PagesAsync(pdf) >= 2, "3,000 characters should not fit on one page");
        var second = DocumentTools.Compact(Encoding.UTF8.GetString(await DocumentTools.RunAsync("pdftotext", "-raw", "-f", "2", "-l", "2", pdf, "-")));
        Assert.Contains("診療情報提供書（続紙）", second, StringComparison.Ordinal);
        Assert.Contains("2/", second, StringComparison.Ordinal);
        var first = DocumentTools.Compact(Encoding.UTF8.GetString(await DocumentTools.RunAsync("pdftotext", "-raw", "-f", "1", "-l", "1", pdf, "-")));
        Assert.DoesNotContain("続紙）", first, StringComparison.Ordinal);
        Assert.Contains(DocumentTools.Compact(letter.Remarks), await DocumentTools.TextAsync(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_with_a_character_the_installed_font_lacks_is_reported_with_a_substitute()
    {
        var letter = Letter() with { PatientName = "𠮷田\u3000髙子" };
        var document = ReferralLetterHtml.Render(letter, new TemplateStore(), Font());

        var missing = MissingGlyphs.Find(FontCoverage.Load(Font().Regular), document.Texts);

        Assert.Equal(["𠮷"], missing);
        Assert.Contains("「𠮷」(代わりに「吉」)", DocumentMessages.MissingGlyphs(missing), StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
