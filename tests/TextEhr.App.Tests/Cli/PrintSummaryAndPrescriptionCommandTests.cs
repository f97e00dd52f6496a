using System.Text;
using TextEhr.App.Cli;
using TextEhr.App.Tests.Support;
using TextEhr.Documents;
using TextEhr.Domain.Audit;
using TextEhr.Storage;

namespace TextEhr.App.Tests.Cli;

public sealed class PrintSummaryAndPrescriptionCommandTests : IDisposable
{
    private readonly TestClinic _clinic = new TestClinic().Init();

    public PrintSummaryAndPrescriptionCommandTests()
    {
        _clinic.AddPatient("--insurer", "06132013", "--allergy", "薬剤:ペニシリン:発疹");
    }

    private string Out(string name) => Path.Combine(_clinic.Root, "out", name);

    public void Dispose() => _clinic.Dispose();

    [Fact]
    public void Summary_html_lists_the_allergy_and_the_latest_note()
    {
        _clinic.AddConfirmedNote("1", "--a", "緊張型頭痛", "--rp", "ロキソプロフェン錠60mg:1:錠:疼痛時:5回");

        var result = _clinic.Run("print", "summary", "--patient", "1", "--out", Out("summary.pdf"));

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        var html = File.ReadAllText(Out("summary.html"), Encoding.UTF8);
        Assert.Contains("ペニシリン", html, StringComparison.Ordinal);
        Assert.Contains("A) 緊張型頭痛", html, StringComparison.Ordinal);
        Assert.Contains("ロキソプロフェン錠60mg 1錠", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Prescription_html_carries_the_last_prescription_insurer_and_the_code()
    {
        _clinic.AddConfirmedNote("1", "--rp", "アムロジピン錠5mg:1:錠:1日1回朝食後:28");

        _clinic.Run("print", "prescription", "--patient", "1", "--out", Out("rx.pdf"), "--remarks", "一包化");

        var html = File.ReadAllText(Out("rx.html"), Encoding.UTF8);
        Assert.Contains("Rp1　アムロジピン錠5mg 1錠", html, StringComparison.Ordinal);
        Assert.Contains("06132013", html, StringComparison.Ordinal);
        Assert.Contains("一包化", html, StringComparison.Ordinal);
        Assert.Contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\"", html, StringComparison.Ordinal);
        Assert.Contains("令和7年6月18日", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_patient_without_a_prescription_is_told_so_and_nothing_is_made()
    {
        var result = _clinic.Run("print", "prescription", "--patient", "1", "--out", Out("rx.pdf"));

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(PrintMessages.NoPrescription, result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Out("rx.html")));
    }

    [Fact]
    public void With_the_browser_the_default_path_is_under_documents_in_the_data_folder_and_audited()
    {
        _clinic.Environment["PATH"] = Environment.GetEnvironmentVariable("PATH");

        var result = _clinic.Run("print", "summary", "--patient", "1");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        var pdf = Assert.Single(Directory.GetFiles(Path.Combine(_clinic.Folder, "documents"), "summary-1-*.pdf"));
        Assert.Contains(DocumentMessages.PdfSaved(pdf), result.Out, StringComparison.Ordinal);
        using var database = ClinicDatabase.Open(_clinic.DatabasePath, _clinic.Time);
        Assert.Contains(database.Audit.Recent(50, patientId: 1), static e => e.Action == AuditAction.Print && e.Detail.StartsWith("summary ", StringComparison.Ordinal));
    }
}
