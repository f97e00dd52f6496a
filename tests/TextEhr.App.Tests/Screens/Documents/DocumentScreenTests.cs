using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using TextEhr.App.Screens.Access;
using TextEhr.App.Screens.Charting;
using TextEhr.App.Screens.Documents;
using TextEhr.App.Tests.Screens.Charting;
using TextEhr.App.Tests.Support;
using TextEhr.Documents;
using TextEhr.Documents.Html;
using TextEhr.Domain.Audit;
using TextEhr.Domain.Clinical;
using TextEhr.Domain.Documents;
using TextEhr.Domain.Patients;
using TextEhr.Domain.Prescriptions;
using Xunit.Abstractions;

namespace TextEhr.App.Tests.Screens.Documents;

public sealed class DocumentScreenTests(ITestOutputHelper output) : IDisposable
{
    private readonly TestUi _ui = TestUi.Initialised();

    public void Dispose() => _ui.Dispose();

    [Fact]
    public void F8_lists_the_three_kinds_and_the_referral_form_is_filled_from_the_chart()
    {
        OpenChart(DocumentUi.AddPatientWithVisit(_ui));

        _ui.Press(ConsoleKey.F8);
        var rows = _ui.Text.Split('\n');
        Assert.Contains(DocumentScreenMessages.ListTitle, rows[0], StringComparison.Ordinal);
        Assert.Contains("佐藤 花子 様", rows[0], StringComparison.Ordinal);
        Assert.Contains("紹介状", _ui.Text, StringComparison.Ordinal);
        Assert.Contains("サマリー", _ui.Text, StringComparison.Ordinal);
        Assert.Contains("処方箋", _ui.Text, StringComparison.Ordinal);

        _ui.Press(ConsoleKey.Enter);

        var form = Assert.IsType<DocumentFormScreen>(_ui.Loop.Top);
        Assert.Contains("紹介状（診療情報提供書）", _ui.Text, StringComparison.Ordinal);
        Assert.Contains("本態性高血圧症", _ui.Text, StringComparison.Ordinal);
        Assert.Contains("Rp1　アムロジピン錠5mg 1錠", _ui.Text, StringComparison.Ordinal);
        Assert.Contains("備考", _ui.Text, StringComparison.Ordinal);
        Assert.Equal(24, _ui.Text.Split('\n').Length);
        Assert.Equal("F1ヘルプ                  F12PDF作成                Esc戻る", _ui.Text.Split('\n')[23].TrimEnd());
        Assert.False(form.IsDirty);
    }

    [Fact]
    public void F12_makes_a_real_pdf_in_the_background_keeps_the_edited_letter_lists_it_and_audits_the_print()
    {
        var patient = DocumentUi.AddPatientWithVisit(_ui);
        OpenChart(patient);
        _ui.Press(ConsoleKey.F8).Press(ConsoleKey.Enter);
        _ui.Enter("新宿中央病院").Enter("循環器内科").Enter("田中 先生");
        _ui.Type("心エコーのご高診をお願いします。");

        var clock = Stopwatch.StartNew();
        _ui.Press(ConsoleKey.F12);
        Assert.Contains("作成中", _ui.Text, StringComparison.Ordinal);
        _ui.Press(ConsoleKey.F12);
        Assert.Contains(DocumentScreenMessages.StillWorking, _ui.Text, StringComparison.Ordinal);
        DocumentUi.WaitUntil(_ui, () => _ui.Text.Contains(DocumentScreenMessages.IssuedTitle, StringComparison.Ordinal));
        output.WriteLine($"F12 → PDF on screen: {clock.ElapsedMilliseconds} ms");

        var listed = Assert.Single(_ui.Database.Documents.ForPatient(patient.Id));
        var kept = _ui.Database.Documents.Find(listed.Id)!;
        Assert.Equal(("referral", "新宿中央病院 循環器内科", IssuedOutput.Pdf), (kept.Kind, kept.Title, kept.Output));
        Assert.Contains("\"purpose\": \"心エコーのご高診をお願いします。\"", kept.ModelJson, StringComparison.Ordinal);
        Assert.Contains("心エコーのご高診をお願いします。", kept.Html, StringComparison.Ordinal);
        var pdf = Assert.Single(Directory.GetFiles(Path.Combine(_ui.Folder.Root, "documents"), "referral-*.pdf"));
        Assert.Equal("%PDF", Encoding.ASCII.GetString(File.ReadAllBytes(pdf), 0, 4));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(pdf))), kept.PdfSha256);
        Assert.Contains(DocumentMessages.PdfSaved(pdf)[..20], _ui.Text, StringComparison.Ordinal);
        Assert.Contains("プリンターが設定されていないため", _ui.Text, StringComparison.Ordinal);
        var audit = Assert.Single(_ui.Database.Audit.Recent(100, patientId: patient.Id), static e => e.Action == AuditAction.Print);
        Assert.Equal((kept.Id, "referral sha256=" + kept.PdfSha256, _ui.Doctor!.Id), (audit.EntityId!.Value, audit.Detail, audit.UserId!.Value));

        _ui.Press(ConsoleKey.Enter);
        Assert.IsType<DocumentListScreen>(_ui.Loop.Top);
        Assert.Contains("新宿中央病院 循環器内科", _ui.Text, StringComparison.Ordinal);
        Assert.Contains("山田 一郎", _ui.Text, StringComparison.Ordinal);
        Assert.Contains(DocumentScreenMessages.Issued("紹介状"), _ui.Text, StringComparison.Ordinal);
        _ui.Press(ConsoleKey.Escape);
        Assert.IsType<ChartScreen>(_ui.Loop.Top);
        Assert.Contains(ChartMessages.IssuedDocuments(1).Trim(), _ui.Text.Split('\n')[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_finished_while_the_screen_is_locked_shows_its_result_only_after_the_unlock()
    {
        var patient = DocumentUi.AddPatientWithVisit(_ui);
        OpenChart(patient);
        _ui.Press(ConsoleKey.F8).Press(ConsoleKey.Enter).Press(ConsoleKey.F12);
        _ui.Press(ConsoleKey.Q, ConsoleModifiers.Control);

        DocumentUi.WaitUntil(_ui, () => _ui.Database.Documents.ForPatient(patient.Id).Count == 1);
        Assert.True(_ui.Loop.Top is LockScreen, _ui.Text);
        Assert.DoesNotContain(DocumentScreenMessages.IssuedTitle, _ui.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("documents", _ui.Text, StringComparison.Ordinal);

        _ui.Enter(TestUi.DoctorPassword);
        Assert.Contains(DocumentScreenMessages.IssuedTitle, _ui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_browser_the_html_is_kept_and_the_dialog_says_how_to_print_it()
    {
        var patient = DocumentUi.AddPatientWithVisit(_ui);
        DocumentUi.WithoutBrowser(_ui);
        OpenChart(patient);
        _ui.Press(ConsoleKey.F8).Press(ConsoleKey.DownArrow).Press(ConsoleKey.Enter);
        Assert.Contains("患者サマリー", _ui.Text, StringComparison.Ordinal);

        _ui.Press(ConsoleKey.F12);
        DocumentUi.WaitUntil(_ui, () => _ui.Text.Contains(DocumentScreenMessages.NotIssuedTitle, StringComparison.Ordinal));

        Assert.Contains("ブラウザ (Chromium または Microsoft Edge) が見つかりません", _ui.Text, StringComparison.Ordinal);
        Assert.Contains("Ctrl+P で印刷", _ui.Text, StringComparison.Ordinal);
        var kept = Assert.Single(_ui.Database.Documents.ForPatient(patient.Id));
        Assert.Equal(("summary", IssuedOutput.Html, null), (kept.Kind, kept.Output, kept.PdfSha256));
        var html = Assert.Single(Directory.GetFiles(Path.Combine(_ui.Folder.Root, "documents"), "summary-*.html"));
        Assert.Equal(File.ReadAllText(html, Encoding.UTF8), _ui.Database.Documents.Find(kept.Id)!.Html);
        _ui.Press(ConsoleKey.Enter);
        Assert.Contains("HTML", _ui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_character_the_font_lacks_is_named_before_the_pdf_and_Esc_there_makes_nothing()
    {
        var patient = DocumentUi.AddPatientWithVisit(_ui, family: "𠮷田");
        DocumentUi.WithoutBrowser(_ui);
        OpenChart(patient);
        _ui.Press(ConsoleKey.F8).Press(ConsoleKey.Enter).Press(ConsoleKey.F12);

        Assert.Contains(DocumentScreenMessages.GlyphTitle, _ui.Text, StringComparison.Ordinal);
        Assert.Contains("「𠮷」", _ui.Text, StringComparison.Ordinal);
        _ui.Press(ConsoleKey.Escape);

        Assert.IsType<DocumentFormScreen>(_ui.Loop.Top);
        Assert.Empty(_ui.Database.Documents.ForPatient(patient.Id));
    }

    [Fact]
    public void F12_on_a_prescription_too_long_for_one_code_warns_first_then_keeps_the_slip_without_the_code()
    {
        var patient = ChartTestData.AddPatient(_ui);
        var drugs = Enumerable.Range(1, 60).Select(static n => new PrescriptionItem { DrugName = $"検査用の長い名前の医薬品錠{n}ミリグラム製剤", Dose = 1, Unit = "錠" });
        var content = new ChartEntryContent { Plan = "多剤", Prescription = new Prescription { Groups = [new PrescriptionGroup { Items = [.. drugs], Usage = "1日3回毎食後", Duration = 14 }] } };
        _ui.Database.Charts.Confirm(_ui.Database.Charts.CreateDraft(patient.Id, ChartTestData.Today.AddDays(-1), content, _ui.Doctor!.Id).Id, _ui.Doctor!.Id);
        DocumentUi.WithoutBrowser(_ui);
        OpenChart(patient);
        _ui.Press(ConsoleKey.F8).Press(ConsoleKey.DownArrow).Press(ConsoleKey.DownArrow).Press(ConsoleKey.Enter);

        _ui.Press(ConsoleKey.F12);

        Assert.Contains(DocumentScreenMessages.NoticeTitle, _ui.Text, StringComparison.Ordinal);
        Assert.Contains("2次元シンボル", _ui.Text, StringComparison.Ordinal);
        Assert.Empty(_ui.Database.Documents.ForPatient(patient.Id));
        _ui.Press(ConsoleKey.Enter);
        DocumentUi.WaitUntil(_ui, () => _ui.Database.Documents.ForPatient(patient.Id).Count == 1);
        var kept = _ui.Database.Documents.Find(_ui.Database.Documents.ForPatient(patient.Id)[0].Id)!;
        Assert.Contains(HtmlText.Escape(DocumentMessages.QrOmittedOnSlip), kept.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", kept.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_prescription_takes_the_last_confirmed_rp_and_keeps_its_visit()
    {
        var patient = DocumentUi.AddPatientWithVisit(_ui);
        var visit = _ui.Database.Charts.Recent(patient.Id, 5, _ui.Doctor!.Id)[0];
        DocumentUi.WithoutBrowser(_ui);
        OpenChart(patient);
        _ui.Press(ConsoleKey.F8).Press(ConsoleKey.DownArrow).Press(ConsoleKey.DownArrow).Press(ConsoleKey.Enter);
        Assert.Contains("R7.6.14 の処方", _ui.Text, StringComparison.Ordinal);
        Assert.Contains("Rp1", _ui.Text, StringComparison.Ordinal);
        _ui.Type("一包化してください");

        _ui.Press(ConsoleKey.F12);
        DocumentUi.WaitUntil(_ui, () => _ui.Database.Documents.ForPatient(patient.Id).Count == 1);

        var kept = _ui.Database.Documents.Find(_ui.Database.Documents.ForPatient(patient.Id)[0].Id)!;
        Assert.Equal(("prescription", visit.EntryId), (kept.Kind, kept.EntryId!.Value));
        Assert.Contains("一包化してください", kept.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_prescription_form_shows_the_mark_boxes_and_F12_refuses_a_drug_the_rp_lacks()
    {
        var patient = DocumentUi.AddPatientWithVisit(_ui);
        DocumentUi.WithoutBrowser(_ui);
        OpenChart(patient);
        _ui.Press(ConsoleKey.F8).Press(ConsoleKey.DownArrow).Press(ConsoleKey.DownArrow).Press(ConsoleKey.Enter);

        Assert.Contains("変更不可(1-2)", _ui.Text, StringComparison.Ordinal);
        Assert.Contains("残薬 1照会2提供", _ui.Text, StringComparison.Ordinal);
        _ui.Press(ConsoleKey.Tab).Type("9-1").Press(ConsoleKey.F12);

        Assert.Contains("「9-1」に当たる薬がありません", _ui.Text, StringComparison.Ordinal);
        Assert.IsType<DocumentFormScreen>(_ui.Loop.Top);
        Assert.Empty(_ui.Database.Documents.ForPatient(patient.Id));
    }

    [Fact]
    public void The_visit_chosen_in_the_chart_gives_the_prescription_its_rp()
    {
        var patient = DocumentUi.AddPatientWithVisit(_ui);
        var older = ChartTestData.AddVisit(_ui, patient.Id, new DateOnly(2025, 5, 16));
        DocumentUi.WithoutBrowser(_ui);
        OpenChart(patient);
        _ui.Press(ConsoleKey.F3).Press(ConsoleKey.DownArrow);

        _ui.Press(ConsoleKey.F8).Press(ConsoleKey.DownArrow).Press(ConsoleKey.DownArrow).Press(ConsoleKey.Enter);

        Assert.Contains("R7.5.16 の処方", _ui.Text, StringComparison.Ordinal);
        Assert.Equal(older.EntryId, ((DocumentFormScreen)_ui.Loop.Top!).Model.EntryId);
    }

    [Fact]
    public void A_chart_without_a_confirmed_rp_is_told_so_and_no_form_opens()
    {
        var patient = ChartTestData.AddPatient(_ui);
        OpenChart(patient);

        _ui.Press(ConsoleKey.F8).Press(ConsoleKey.DownArrow).Press(ConsoleKey.DownArrow).Press(ConsoleKey.Enter);

        Assert.IsType<DocumentListScreen>(_ui.Loop.Top);
        Assert.Contains(DocumentScreenMessages.NoPrescription[..20], _ui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kept_document_is_shown_as_issued_and_F12_makes_the_same_page_again()
    {
        var patient = DocumentUi.AddPatientWithVisit(_ui);
        DocumentUi.WithoutBrowser(_ui);
        OpenChart(patient);
        _ui.Press(ConsoleKey.F8).Press(ConsoleKey.Enter).Enter("新宿中央病院").Press(ConsoleKey.F12);
        DocumentUi.WaitUntil(_ui, () => _ui.Database.Documents.ForPatient(patient.Id).Count == 1);
        _ui.Press(ConsoleKey.Enter);
        // Today's problems change; the kept letter must not.
        _ui.Database.Problems.Add(new Domain.Clinical.Problem { PatientId = patient.Id, Name = "2型糖尿病", OnsetDate = new DateOnly(2025, 6, 1) }, _ui.Doctor!.Id);

        _ui.Press(ConsoleKey.DownArrow).Press(ConsoleKey.DownArrow).Press(ConsoleKey.DownArrow).Press(ConsoleKey.Enter);
        Assert.IsType<KeptDocumentScreen>(_ui.Loop.Top);
        Assert.Contains("新宿中央病院", _ui.Text, StringComparison.Ordinal);
        Assert.Contains("本態性高血圧症", _ui.Text, StringComparison.Ordinal);
        _ui.Press(ConsoleKey.F12);
        DocumentUi.WaitUntil(_ui, () => _ui.Database.Documents.ForPatient(patient.Id).Count == 2);

        var again = _ui.Database.Documents.ForPatient(patient.Id).Select(d => _ui.Database.Documents.Find(d.Id)!).ToList();
        Assert.Equal(again[1].Html, again[0].Html);
        Assert.DoesNotContain("2型糖尿病", again[0].Html, StringComparison.Ordinal);
        Assert.Equal(2, Directory.GetFiles(Path.Combine(_ui.Folder.Root, "documents"), "referral-*.html").Length);
    }

    [Fact]
    public void A_larger_terminal_gives_the_text_areas_more_rows()
    {
        using var small = TestUi.Initialised();
        using var large = TestUi.Initialised(120, 40);
        foreach (var ui in new[] { small, large })
        {
            var patient = DocumentUi.AddPatientWithVisit(ui);
            ui.LoggedIn(nav => nav.OpenChart(patient.Id)).Press(ConsoleKey.F8).Press(ConsoleKey.Enter);
        }

        Assert.DoesNotContain("頓用 疼痛時　10回分", small.Text, StringComparison.Ordinal);
        Assert.Contains("頓用 疼痛時　10回分", large.Text, StringComparison.Ordinal);
        var course = (TextEhr.Tui.Views.TextArea)((DocumentFormScreen)large.Loop.Top!).Box("Course");
        Assert.True(course.Bounds.Height > 3, $"症状経過 has {course.Bounds.Height} rows at 120×40.");
    }

    [Fact]
    public void Esc_on_an_edited_form_asks_and_keeps_the_text_when_the_doctor_says_no()
    {
        OpenChart(DocumentUi.AddPatientWithVisit(_ui));
        _ui.Press(ConsoleKey.F8).Press(ConsoleKey.Enter).Type("新宿中央病院");

        _ui.Press(ConsoleKey.Escape);
        Assert.Contains(DocumentScreenMessages.Discard, _ui.Text, StringComparison.Ordinal);
        _ui.Press(ConsoleKey.Escape);
        Assert.IsType<DocumentFormScreen>(_ui.Loop.Top);
        Assert.Contains("新宿中央病院", _ui.Text, StringComparison.Ordinal);

        _ui.Press(ConsoleKey.Escape).Press(ConsoleKey.Enter);
        Assert.IsType<DocumentListScreen>(_ui.Loop.Top);
    }

    private void OpenChart(Patient patient) => _ui.LoggedIn(nav => nav.OpenChart(patient.Id));
}
