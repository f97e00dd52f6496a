using TextEhr.App.Documents;
using TextEhr.App.Logging;
using TextEhr.App.Screens.Documents;
using TextEhr.App.Tests.Screens.Documents;
using TextEhr.App.Tests.Support;
using TextEhr.Documents;
using TextEhr.Documents.Pdf;
using TextEhr.Domain.Audit;
using TextEhr.Domain.Documents;

namespace TextEhr.App.Tests.Documents;

public sealed class IssueOutcomeTests : IDisposable
{
    private readonly TestUi _ui = TestUi.Initialised().LoggedIn(static _ => { });

    public void Dispose() => _ui.Dispose();

    [Theory]
    [InlineData(PdfStatus.Pdf, PrintStatus.Sent, IssuedOutput.Printed)]
    [InlineData(PdfStatus.Pdf, PrintStatus.Opened, IssuedOutput.Opened)]
    [InlineData(PdfStatus.Pdf, PrintStatus.Failed, IssuedOutput.Pdf)]
    [InlineData(PdfStatus.Pdf, null, IssuedOutput.Pdf)]
    [InlineData(PdfStatus.HtmlOnly, null, IssuedOutput.Html)]
    public void The_kept_output_follows_what_the_printer_did(PdfStatus pdf, PrintStatus? print, IssuedOutput expected)
    {
        var outcome = new IssueOutcome(
            new PdfResult(pdf, "/tmp/a.pdf", "保存", TimeSpan.Zero),
            print is { } status ? new PrintResult(status, null, "結果") : null,
            print is null ? null : "受付",
            pdf == PdfStatus.Pdf ? new string('a', 64) : null);

        Assert.Equal(expected, outcome.Output);
    }

    [Fact]
    public async Task On_Windows_the_pdf_is_opened_for_printing_and_kept_and_reported_as_opened_not_printed()
    {
        var patient = DocumentUi.AddPatientWithVisit(_ui);
        var opened = new List<string>();
        var issuer = new DocumentIssuer(_ui.Database.Documents, ClinicLog.Silent(), _ui.Folder.Root, Environment.GetEnvironmentVariable, TimeProvider.System, new PrintRoute(OpensViewer: true, opened.Add));
        var page = new RenderedDocument("referral", "診療情報提供書", "<html><body><p>佐藤 花子 様</p></body></html>", ["佐藤 花子"]);

        var outcome = await issuer.ProduceAsync(page, issuer.DefaultPath(page.Kind, patient.Id), "受付", CancellationToken.None);
        var kept = issuer.Keep(new IssueRequest(patient.Id, null, "新宿中央病院", "{}", page), outcome, _ui.Doctor!.Id);

        Assert.True(outcome.Pdf.IsPdf, outcome.Pdf.Message);
        Assert.Equal([outcome.Pdf.Path], opened);
        Assert.Equal((IssuedOutput.Opened, "受付"), (kept.Output, kept.Printer));
        Assert.Equal("開いた", DocumentListViewModel.OutputLabel(_ui.Database.Documents.Find(kept.Id)!.Output));
        var message = new DocumentJobResult(outcome, kept, TimeSpan.Zero).Message(printerSet: true);
        Assert.Contains(DocumentMessages.OpenedForPrinting(outcome.Pdf.Path), message, StringComparison.Ordinal);
        Assert.DoesNotContain("送りました", message, StringComparison.Ordinal);
        var audit = Assert.Single(_ui.Database.Audit.Recent(20, patientId: patient.Id), static e => e.Action == AuditAction.Print);
        Assert.EndsWith(" opened", audit.Detail, StringComparison.Ordinal);
    }
}
