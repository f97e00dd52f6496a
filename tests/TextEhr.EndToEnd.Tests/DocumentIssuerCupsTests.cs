using System.Security.Cryptography;
using TextEhr.App.Documents;
using TextEhr.App.Logging;
using TextEhr.Documents.Html;
using TextEhr.Documents.Referral;
using TextEhr.Domain.Audit;
using TextEhr.Domain.Documents;
using TextEhr.Domain.Patients;
using TextEhr.Domain.Users;
using TextEhr.EndToEnd.Tests.Support;
using TextEhr.Storage;

namespace TextEhr.EndToEnd.Tests;

/// <summary>
/// The issuing service the chart's F8 screen and <c>textehr print</c> share, printing through a real
/// CUPS spooler: the job lands, and the kept copy records the printer and the job in its audit row.
/// </summary>
public sealed class DocumentIssuerCupsTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("textehr-issuer-");

    [Fact]
    public async Task A_printed_document_is_kept_as_printed_with_its_job_in_the_audit_row()
    {
        using var database = ClinicDatabase.Open(Path.Combine(_folder.FullName, "textehr.db"), TimeProvider.System);
        var doctor = database.Users.Add(new User { Login = "yamada", DisplayName = "山田 一郎", Role = UserRole.Doctor, PasswordHash = "x" }, actingUserId: null);
        var patient = database.Patients.Add(
            new Patient { Name = new PersonName("佐藤", "花子"), KanaName = new PersonName("サトウ", "ハナコ"), Sex = Sex.Female, BirthDate = new DateOnly(1950, 3, 1) },
            doctor.Id);
        var letter = DocumentsReferralPdfTests.Letter();
        var page = ReferralLetterHtml.Render(letter, new TemplateStore(), DocumentsReferralPdfTests.Font());
        var issuer = new DocumentIssuer(database.Documents, ClinicLog.Silent(), _folder.FullName, Environment.GetEnvironmentVariable, TimeProvider.System);
        using var cups = await PrivateCups.StartAsync();

        var outcome = await issuer.ProduceAsync(page, issuer.DefaultPath(page.Kind, patient.Id), PrivateCups.Queue, CancellationToken.None);
        var kept = issuer.Keep(new IssueRequest(patient.Id, null, letter.ToInstitution, "{}", page), outcome, doctor.Id);

        Assert.True(outcome.Succeeded, string.Join('\n', outcome.Messages));
        var spooled = await cups.WaitForOutputAsync(outcome.Print!.JobId!);
        Assert.Equal(1, await DocumentTools.PagesAsync(spooled));
        Assert.Equal((IssuedOutput.Printed, PrivateCups.Queue), (kept.Output, kept.Printer));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(outcome.Pdf.Path))), kept.PdfSha256);
        var audit = Assert.Single(database.Audit.Recent(20, patientId: patient.Id), static e => e.Action == AuditAction.Print);
        Assert.Equal($"referral sha256={kept.PdfSha256} job={outcome.Print.JobId}", audit.Detail);
    }

    [Fact]
    public async Task A_printer_that_refuses_leaves_the_pdf_kept_as_a_pdf_and_says_so()
    {
        using var database = ClinicDatabase.Open(Path.Combine(_folder.FullName, "textehr.db"), TimeProvider.System);
        var doctor = database.Users.Add(new User { Login = "yamada", DisplayName = "山田 一郎", Role = UserRole.Doctor, PasswordHash = "x" }, actingUserId: null);
        var patient = database.Patients.Add(
            new Patient { Name = new PersonName("佐藤", "花子"), KanaName = new PersonName("サトウ", "ハナコ"), Sex = Sex.Female, BirthDate = new DateOnly(1950, 3, 1) },
            doctor.Id);
        var page = ReferralLetterHtml.Render(DocumentsReferralPdfTests.Letter(), new TemplateStore(), DocumentsReferralPdfTests.Font());
        var issuer = new DocumentIssuer(database.Documents, ClinicLog.Silent(), _folder.FullName, Environment.GetEnvironmentVariable, TimeProvider.System);
        using var cups = await PrivateCups.StartAsync();

        var outcome = await issuer.ProduceAsync(page, issuer.DefaultPath(page.Kind, patient.Id), "NoSuchPrinter", CancellationToken.None);
        var kept = issuer.Keep(new IssueRequest(patient.Id, null, "新宿中央病院", "{}", page), outcome, doctor.Id);

        Assert.False(outcome.Succeeded);
        Assert.True(File.Exists(outcome.Pdf.Path));
        Assert.StartsWith("プリンター NoSuchPrinter に送れませんでした。", outcome.Messages[1], StringComparison.Ordinal);
        Assert.Equal((IssuedOutput.Pdf, null), (kept.Output, kept.Printer));
        Assert.EndsWith(" pdf", Assert.Single(database.Audit.Recent(20, patientId: patient.Id), static e => e.Action == AuditAction.Print).Detail, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
