using System.Globalization;
using System.Security.Cryptography;
using TextEhr.Documents;
using TextEhr.Documents.Fonts;
using TextEhr.Documents.Pdf;
using TextEhr.Domain.Audit;

namespace TextEhr.App.Cli;

/// <summary>
/// The common end of every <c>print</c> command: warn about 外字, make the PDF (or keep the HTML), send it
/// to the printer when asked, and audit what was printed.
/// </summary>
internal static class PrintOutput
{
    /// <summary>The folder in the data folder where PDFs go by default.</summary>
    public const string DocumentsFolder = "documents";

    public static int Produce(CliSession session, PrintChart chart, RenderedDocument document, DocumentFont? font, string? outPath, string? printer)
    {
        if (PrintPreflight.Warning(document, font) is { } warning)
        {
            session.Context.Error.WriteLine(warning);
            session.Log.Warning("Document {Kind} for patient {PatientId} cannot be printed exactly as typed", document.Kind, chart.Patient.Id);
        }

        var target = outPath is { Length: > 0 } ? Path.GetFullPath(outPath) : DefaultPath(session, document.Kind, chart.Patient.Id);
        var browser = BrowserLocator.Find(session.Context.GetEnvironmentVariable, File.Exists);
        var result = new DocumentPrinter(browser).ToPdfAsync(document, target, CancellationToken.None).GetAwaiter().GetResult();
        session.Log.Information("Document {Kind} for patient {PatientId}: {Status} in {Milliseconds} ms", document.Kind, chart.Patient.Id, result.Status, (long)result.Elapsed.TotalMilliseconds);
        if (!result.IsPdf)
        {
            session.Context.Error.WriteLine(result.Message);
            return ExitCodes.Failure;
        }

        session.Out.WriteLine(result.Message);
        var detail = string.Create(CultureInfo.InvariantCulture, $"{document.Kind} sha256={Sha256(result.Path)}");
        if (printer is { Length: > 0 })
        {
            var printed = DocumentPrinter.PrintAsync(result.Path, printer, CancellationToken.None).GetAwaiter().GetResult();
            if (!printed.Succeeded)
            {
                session.Context.Error.WriteLine(printed.Message);
                Audit(session, chart, detail + " pdf");
                return ExitCodes.Failure;
            }

            session.Out.WriteLine(printed.Message);
            detail += " job=" + printed.JobId;
        }

        Audit(session, chart, detail);
        return ExitCodes.Ok;
    }

    private static void Audit(CliSession session, PrintChart chart, string detail) =>
        session.Database.Audit.Append(new AuditEntry
        {
            Action = AuditAction.Print,
            Entity = "document",
            PatientId = chart.Patient.Id,
            UserId = chart.Doctor.Id,
            Detail = detail,
        });

    private static string DefaultPath(CliSession session, string kind, long patientId)
    {
        var stamp = session.Context.Time.GetLocalNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        return Path.Combine(session.Folder.Root, DocumentsFolder, string.Create(CultureInfo.InvariantCulture, $"{kind}-{patientId}-{stamp}.pdf"));
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
