using TextEhr.App.Screens.Documents;
using TextEhr.App.Tests.Screens.Charting;
using TextEhr.App.Tests.Support;
using TextEhr.Documents.Referral;
using TextEhr.Domain.Documents;

namespace TextEhr.App.Tests.Screens.Documents;

/// <summary>The document view models on a real session and database, with no keys pressed.</summary>
public sealed class DocumentViewModelTests : IDisposable
{
    private readonly TestUi _ui = TestUi.Initialised().LoggedIn(static _ => { });

    public void Dispose() => _ui.Dispose();

    [Fact]
    public void The_referral_form_is_filled_from_the_chart_and_builds_the_typed_letter()
    {
        var patient = DocumentUi.AddPatientWithVisit(_ui);

        var (model, refusal) = DocumentFormViewModel.Open(_ui.Session, patient.Id, DocumentKinds.Referral, chosenVersionId: null);

        Assert.Null(refusal);
        var fields = model!.Fields.ToDictionary(static f => f.Key, static f => f.Text, StringComparer.Ordinal);
        Assert.Equal("本態性高血圧症", fields[nameof(ReferralLetterModel.Diagnoses)]);
        Assert.StartsWith("Rp1　アムロジピン錠5mg 1錠", fields[nameof(ReferralLetterModel.CurrentPrescription)], StringComparison.Ordinal);
        var request = model.Build(new Dictionary<string, string>(fields, StringComparer.Ordinal)
        {
            [nameof(ReferralLetterModel.ToInstitution)] = " 新宿中央病院 ",
            [nameof(ReferralLetterModel.Purpose)] = "精査<依頼>",
        });
        Assert.Equal(("新宿中央病院", patient.Id, "referral"), (request.Title, request.PatientId, request.Document.Kind));
        Assert.Contains("\"toInstitution\": \"新宿中央病院\"", request.ModelJson, StringComparison.Ordinal);
        Assert.Contains("精査&lt;依頼&gt;", request.Document.Html, StringComparison.Ordinal);
        Assert.Null(model.Warning(request));
    }

    [Fact]
    public void The_prescription_prefers_the_chosen_confirmed_visit_and_refuses_a_chart_without_an_rp()
    {
        var patient = DocumentUi.AddPatientWithVisit(_ui);
        var older = ChartTestData.AddVisit(_ui, patient.Id, ChartTestData.Today.AddDays(-30));

        var (chosen, _) = DocumentFormViewModel.Open(_ui.Session, patient.Id, DocumentKinds.Prescription, older.Id);
        var (newest, _) = DocumentFormViewModel.Open(_ui.Session, patient.Id, DocumentKinds.Prescription, null);
        var empty = ChartTestData.AddPatient(_ui);
        var (none, refusal) = DocumentFormViewModel.Open(_ui.Session, empty.Id, DocumentKinds.Prescription, null);

        Assert.Equal(older.EntryId, chosen!.EntryId);
        Assert.NotEqual(older.EntryId, newest!.EntryId);
        Assert.Null(none);
        Assert.Equal(DocumentScreenMessages.NoPrescription, refusal);
    }

    [Fact]
    public void The_prescription_boxes_mark_drugs_refill_and_leftover_on_the_slip_and_in_its_code()
    {
        var patient = DocumentUi.AddPatientWithVisit(_ui);
        var (model, _) = DocumentFormViewModel.Open(_ui.Session, patient.Id, DocumentKinds.Prescription, null);
        var typed = model!.Fields.ToDictionary(static f => f.Key, static f => f.Text, StringComparer.Ordinal);
        typed[SlipMarks.NotAllowedKey] = "１－１";
        typed[SlipMarks.WishKey] = "1-1、2-1";
        typed[SlipMarks.RefillKey] = "3回";
        typed[SlipMarks.LeftoverKey] = "2";

        Assert.Null(model.Problem(typed));
        var request = model.Build(typed);

        Assert.Contains("<tr><td class=\"mark\">✓</td><td class=\"mark\">✓</td><td>Rp1　アムロジピン錠5mg 1錠</td></tr>", request.Document.Html, StringComparison.Ordinal);
        Assert.Contains("リフィル可<span class=\"box\">✓</span>（3回）", request.Document.Html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"box\">✓</span>保険医療機関へ情報提供", request.Document.Html, StringComparison.Ordinal);
        Assert.Contains("\"substitutionNotAllowed\": true", request.ModelJson, StringComparison.Ordinal);
        Assert.Contains("\"refillCount\": 3", request.ModelJson, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SlipMarks.NotAllowedKey, "3-1", "「3-1」に当たる薬がありません")]
    [InlineData(SlipMarks.WishKey, "1-9", "「1-9」に当たる薬がありません")]
    [InlineData(SlipMarks.RefillKey, "5", "リフィルの回数「5」は使えません")]
    [InlineData(SlipMarks.LeftoverKey, "3", "残薬の対応「3」は使えません")]
    public void A_prescription_box_that_names_nothing_real_is_refused_in_Japanese(string key, string text, string message)
    {
        var patient = DocumentUi.AddPatientWithVisit(_ui);
        var (model, _) = DocumentFormViewModel.Open(_ui.Session, patient.Id, DocumentKinds.Prescription, null);
        var typed = model!.Fields.ToDictionary(static f => f.Key, static f => f.Text, StringComparer.Ordinal);
        typed[key] = text;

        Assert.StartsWith(message, model.Problem(typed), StringComparison.Ordinal);
    }

    [Fact]
    public void The_list_offers_the_three_kinds_first_then_the_kept_documents_newest_first()
    {
        var patient = DocumentUi.AddPatientWithVisit(_ui);
        Keep(patient.Id, "一番目病院", IssuedOutput.Printed);
        _ui.Time.Advance(TimeSpan.FromMinutes(90));
        Keep(patient.Id, "二番目病院", IssuedOutput.Html);

        var list = new DocumentListViewModel(_ui.Session, patient.Id);

        Assert.Equal(5, list.RowCount);
        Assert.Equal(DocumentKinds.All, Enumerable.Range(0, 3).Select(DocumentListViewModel.KindAt).ToList()!);
        Assert.Equal(["R7.6.15 11:30", "紹介状", "二番目病院", "山田 一郎", "HTML"], list.Cells(3));
        Assert.Equal(["R7.6.15 10:00", "紹介状", "一番目病院", "山田 一郎", "印刷済"], list.Cells(4));
        Assert.Null(list.DocumentAt(2));
    }

    [Fact]
    public void A_kept_document_reads_as_text_and_reissues_its_stored_page()
    {
        var patient = DocumentUi.AddPatientWithVisit(_ui);
        var id = Keep(patient.Id, "新宿中央病院", IssuedOutput.Pdf);

        var kept = KeptDocumentViewModel.Open(_ui.Session, id)!;

        Assert.Equal("診療情報提供書\n紹介先　新宿中央病院 様\n記号 &", kept.Text);
        var again = kept.Reissue();
        Assert.Equal((patient.Id, "新宿中央病院", "referral"), (again.PatientId, again.Title, again.Document.Kind));
        Assert.Equal(_ui.Database.Documents.Find(id)!.Html, again.Document.Html);
        Assert.Null(KeptDocumentViewModel.Open(_ui.Session, id + 100));
    }

    [Fact]
    public void Plain_text_drops_styles_and_pictures_and_keeps_one_line_per_block()
    {
        const string html = "<html><head><title>x</title><style>p{color:red}</style></head><body><h1>院外処方箋</h1>"
            + "<table><tr><td>氏名</td><td>佐藤&nbsp;花子</td></tr></table><svg><path d=\"M0\"/></svg><p>一行目<br>二行目</p></body></html>";

        Assert.Equal("院外処方箋\n氏名　佐藤\u00a0花子\n一行目\n二行目", HtmlPlainText.Of(html));
    }

    private long Keep(long patientId, string to, IssuedOutput output) => _ui.Database.Documents.Add(
        new IssuedDocument
        {
            PatientId = patientId,
            Kind = "referral",
            Title = to,
            ModelJson = "{}",
            Html = $"<html><head><style>h1{{}}</style></head><body><h1>診療情報提供書</h1><table><tr><th>紹介先</th><td>{to} 様</td></tr></table><p>記号 &amp;</p></body></html>",
            Output = output,
            PdfSha256 = output == IssuedOutput.Html ? null : new string('a', 64),
        },
        _ui.Doctor!.Id,
        "referral test").Id;
}
