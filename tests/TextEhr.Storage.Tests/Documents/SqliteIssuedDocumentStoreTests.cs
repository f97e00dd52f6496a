using Microsoft.Data.Sqlite;
using TextEhr.Domain.Audit;
using TextEhr.Domain.Documents;
using TextEhr.Storage.Tests.Support;

namespace TextEhr.Storage.Tests.Documents;

public sealed class SqliteIssuedDocumentStoreTests : IDisposable
{
    private const string Sha = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

    private readonly TestClinic _clinic = new();
    private readonly long _patientId;

    public SqliteIssuedDocumentStoreTests()
    {
        _patientId = _clinic.Db.Patients.Add(Some.Patient(), _clinic.DoctorId).Id;
    }

    public void Dispose() => _clinic.Dispose();

    [Fact]
    public void A_kept_document_comes_back_whole_with_its_print_audited_in_the_same_write()
    {
        var kept = _clinic.Db.Documents.Add(Letter("新宿中央病院") with { PdfSha256 = Sha, Output = IssuedOutput.Printed, Printer = "PDF" }, _clinic.DoctorId, "referral sha256=" + Sha);

        var read = _clinic.Db.Documents.Find(kept.Id);
        Assert.NotNull(read);
        Assert.Equal(kept, read);
        Assert.Equal(("{\"purpose\":\"精査\"}", "<p>新宿中央病院</p>", Sha, IssuedOutput.Printed, "PDF"), (read.ModelJson, read.Html, read.PdfSha256, read.Output, read.Printer));
        Assert.Equal((_clinic.DoctorId, _clinic.Time.GetUtcNow()), (read.CreatedById, read.CreatedAt));
        var audit = Assert.Single(_clinic.Db.Audit.Recent(10, patientId: _patientId), static e => e.Action == AuditAction.Print);
        Assert.Equal(("document", kept.Id, "referral sha256=" + Sha), (audit.Entity, audit.EntityId, audit.Detail));
    }

    [Fact]
    public void A_pdf_opened_for_printing_by_hand_is_kept_as_opened_with_its_printer()
    {
        var kept = _clinic.Db.Documents.Add(Letter("新宿中央病院") with { PdfSha256 = Sha, Output = IssuedOutput.Opened, Printer = "受付" }, _clinic.DoctorId, "referral sha256=" + Sha + " opened");

        Assert.Equal((IssuedOutput.Opened, "受付"), (_clinic.Db.Documents.Find(kept.Id)!.Output, _clinic.Db.Documents.Find(kept.Id)!.Printer));
        Assert.Equal(IssuedOutput.Opened, Assert.Single(_clinic.Db.Documents.ForPatient(_patientId)).Output);
        using var raw = _clinic.Raw();
        Assert.Equal("opened", TestClinic.Scalar(raw, "SELECT output FROM issued_documents"));
    }

    [Fact]
    public void The_list_is_newest_first_and_leaves_out_the_snapshots()
    {
        var first = _clinic.Db.Documents.Add(Letter("一番目病院"), _clinic.DoctorId, "referral html");
        _clinic.Time.Advance(TimeSpan.FromMinutes(5));
        var second = _clinic.Db.Documents.Add(Letter("二番目病院") with { Kind = "summary", EntryId = null }, _clinic.DoctorId, "summary html");

        var listed = _clinic.Db.Documents.ForPatient(_patientId);

        Assert.Equal([second.Id, first.Id], listed.Select(static d => d.Id));
        Assert.All(listed, static d => Assert.Equal((string.Empty, string.Empty), (d.ModelJson, d.Html)));
        Assert.Equal(IssuedOutput.Html, listed[0].Output);
        Assert.Null(listed[0].PdfSha256);
        Assert.Empty(_clinic.Db.Documents.ForPatient(_patientId + 1));
    }

    [Theory]
    [InlineData("UPDATE issued_documents SET html = '<p>改ざん</p>'")]
    [InlineData("UPDATE issued_documents SET output = 'printed'")]
    [InlineData("DELETE FROM issued_documents")]
    public void Raw_sql_cannot_change_or_remove_a_kept_document(string sql)
    {
        _clinic.Db.Documents.Add(Letter("新宿中央病院"), _clinic.DoctorId, "referral html");
        using var raw = _clinic.Raw();

        var failure = Assert.Throws<SqliteException>(() => TestClinic.Execute(raw, sql));

        Assert.Contains("append-only", failure.Message, StringComparison.Ordinal);
        Assert.Equal("<p>新宿中央病院</p>", Assert.Single(_clinic.Db.Documents.ForPatient(_patientId)) is { } listed ? _clinic.Db.Documents.Find(listed.Id)!.Html : null);
    }

    private IssuedDocument Letter(string to) => new()
    {
        PatientId = _patientId,
        Kind = "referral",
        Title = to,
        ModelJson = "{\"purpose\":\"精査\"}",
        Html = $"<p>{to}</p>",
        Output = IssuedOutput.Html,
    };
}
