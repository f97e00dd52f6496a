using System.Security.Cryptography;
using System.Text;
using TextEhr.App.Cli;
using TextEhr.App.Input;
using TextEhr.App.Tests.Support;
using TextEhr.Documents;
using TextEhr.Domain.Audit;
using TextEhr.Domain.Clinical;
using TextEhr.Domain.Documents;
using TextEhr.Storage;

namespace TextEhr.App.Tests.Cli;

public sealed class PrintReferralCommandTests : IDisposable
{
    private readonly TestClinic _clinic = new TestClinic().Init();

    public PrintReferralCommandTests()
    {
        _clinic.AddPatient("--occupation", "農業");
        using var database = ClinicDatabase.Open(_clinic.DatabasePath, _clinic.Time);
        database.Problems.Add(new Problem { PatientId = 1, Name = "本態性高血圧症", OnsetDate = new DateOnly(2020, 4, 1) }, 1);
    }

    private string Pdf => Path.Combine(_clinic.Root, "out", "letter.pdf");

    public void Dispose() => _clinic.Dispose();

    [Fact]
    public void Without_a_browser_the_html_is_saved_beside_the_pdf_path_and_the_message_says_how_to_print()
    {
        var result = _clinic.Run("print", "referral", "--patient", "1", "--out", Pdf, "--to-institution", "新宿中央病院", "--purpose", "精査<依頼>");

        var html = Path.ChangeExtension(Pdf, ".html");
        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains(DocumentMessages.NoBrowser(html), result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Pdf));
        var saved = File.ReadAllText(html, Encoding.UTF8);
        Assert.Contains("山田\u3000太郎", saved, StringComparison.Ordinal);
        Assert.Contains("新宿中央病院", saved, StringComparison.Ordinal);
        Assert.Contains("精査&lt;依頼&gt;", saved, StringComparison.Ordinal);
        Assert.Contains("本態性高血圧症", saved, StringComparison.Ordinal);
        Assert.Contains("農業", saved, StringComparison.Ordinal);
        Assert.Contains(TestClinic.ClinicName, saved, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_file_fields_are_used_and_an_option_wins_over_the_file()
    {
        var json = Path.Combine(_clinic.Root, "letter.json");
        File.WriteAllText(json, """{"toInstitution": "JSON病院", "purpose": "JSONの目的", "remarks": "返信をお願いします"}""", Encoding.UTF8);

        _clinic.Run("print", "referral", "--patient", "1", "--out", Pdf, "--json", json, "--purpose", "オプションの目的");

        var saved = File.ReadAllText(Path.ChangeExtension(Pdf, ".html"), Encoding.UTF8);
        Assert.Contains("JSON病院", saved, StringComparison.Ordinal);
        Assert.Contains("オプションの目的", saved, StringComparison.Ordinal);
        Assert.DoesNotContain("JSONの目的", saved, StringComparison.Ordinal);
        Assert.Contains("返信をお願いします", saved, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clinic_template_in_the_data_folder_replaces_the_built_in_one()
    {
        Directory.CreateDirectory(Path.Combine(_clinic.Folder, "templates"));
        File.WriteAllText(Path.Combine(_clinic.Folder, "templates", "referral.html"), "<p>当院独自様式 {{patientName}}</p>", Encoding.UTF8);

        _clinic.Run("print", "referral", "--patient", "1", "--out", Pdf);

        Assert.Equal("<p>当院独自様式 山田\u3000太郎</p>", File.ReadAllText(Path.ChangeExtension(Pdf, ".html"), Encoding.UTF8));
    }

    [Fact]
    public void A_missing_patient_option_is_refused_in_Japanese()
    {
        var result = _clinic.Run("print", "referral");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(CliMessages.ErrorLine(Fields.Patient, PrintMessages.PatientRequired), result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void With_the_browser_the_pdf_is_made_and_the_print_is_audited_with_its_hash()
    {
        _clinic.Environment["PATH"] = Environment.GetEnvironmentVariable("PATH");

        var result = _clinic.Run("print", "referral", "--patient", "1", "--out", Pdf, "--to-institution", "新宿中央病院");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains(DocumentMessages.PdfSaved(Pdf), result.Out, StringComparison.Ordinal);
        Assert.True(new FileInfo(Pdf).Length > 10_000);
        using var database = ClinicDatabase.Open(_clinic.DatabasePath, _clinic.Time);
        var printed = Assert.Single(database.Audit.Recent(50, patientId: 1), static e => e.Action == AuditAction.Print);
        Assert.StartsWith("referral sha256=", printed.Detail, StringComparison.Ordinal);
        Assert.Equal(1, printed.UserId);
        var kept = Assert.Single(database.Documents.ForPatient(1));
        Assert.Equal(("referral", "新宿中央病院", IssuedOutput.Pdf, printed.EntityId), (kept.Kind, kept.Title, kept.Output, (long?)kept.Id));
        Assert.Equal("referral sha256=" + kept.PdfSha256, printed.Detail);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Pdf))), kept.PdfSha256);
    }

    [Fact]
    public void Without_a_browser_the_document_is_still_kept_as_html_with_the_typed_fields()
    {
        _clinic.Run("print", "referral", "--patient", "1", "--out", Pdf, "--to-institution", "新宿中央病院", "--to-department", "循環器内科", "--purpose", "精査のお願い");

        using var database = ClinicDatabase.Open(_clinic.DatabasePath, _clinic.Time);
        var listed = Assert.Single(database.Documents.ForPatient(1));
        var kept = database.Documents.Find(listed.Id)!;
        Assert.Equal(("新宿中央病院 循環器内科", IssuedOutput.Html, null), (kept.Title, kept.Output, kept.PdfSha256));
        Assert.Contains("\"purpose\": \"精査のお願い\"", kept.ModelJson, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(Path.ChangeExtension(Pdf, ".html"), Encoding.UTF8), kept.Html);
        Assert.Contains(database.Audit.Recent(50, patientId: 1), e => e.Action == AuditAction.Print && e.EntityId == kept.Id && string.Equals(e.Detail, "referral html", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_with_a_character_the_font_lacks_is_warned_before_printing()
    {
        _clinic.AddPatient("--name", "𠮷田 太郎", "--chart-number", "2002");

        var result = _clinic.Run("print", "referral", "--patient", "2002", "--out", Pdf);

        Assert.Contains(DocumentMessages.MissingGlyphs(["𠮷"]), result.Error, StringComparison.Ordinal);
    }
}
