using System.Globalization;
using System.Security.Cryptography;
using Serilog;
using TextEhr.Documents;
using TextEhr.Documents.Pdf;
using TextEhr.Domain.Documents;
using TextEhr.Domain.Stores;

namespace TextEhr.App.Documents;

/// <summary>
/// Issues a document the same way for the command line and the screens: the PDF by the browser (or the
/// HTML when there is none), the printer when one is asked, then the kept copy with its Print audit row.
/// <see cref="ProduceAsync"/> touches no database, so a screen runs it off the UI thread and calls
/// <see cref="Keep"/> back on it.
/// </summary>
public sealed class DocumentIssuer
{
    /// <summary>The folder in the data folder where PDFs go by default.</summary>
    public const string DocumentsFolder = "documents";

    private readonly IIssuedDocumentStore _store;
    private readonly ILogger _log;
    private readonly string _dataRoot;
    private readonly Func<string, string?> _environment;
    private readonly TimeProvider _time;
    private readonly PrintRoute _route;

    /// <summary>
    /// An issuer keeping documents in <paramref name="store"/> and PDFs under <paramref name="dataRoot"/>;
    /// <paramref name="route"/> says how PDFs reach the printer (this machine's road when null, so tests
    /// can take the Windows one).
    /// </summary>
    public DocumentIssuer(IIssuedDocumentStore store, ILogger log, string dataRoot, Func<string, string?> environment, TimeProvider time, PrintRoute? route = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentException.ThrowIfNullOrWhiteSpace(dataRoot);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(time);
        _store = store;
        _log = log;
        _dataRoot = dataRoot;
        _environment = environment;
        _time = time;
        _route = route ?? PrintRoute.ForThisMachine;
    }

    /// <summary><c>documents/KIND-PATIENT-yyyyMMdd-HHmmss.pdf</c> in the data folder, in clinic time.</summary>
    public string DefaultPath(string kind, long patientId)
    {
        var stamp = Hosting.ClinicTime.Now(_time).ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var path = Path.Combine(_dataRoot, DocumentsFolder, string.Create(CultureInfo.InvariantCulture, $"{kind}-{patientId}-{stamp}.pdf"));
        for (var n = 2; File.Exists(path) || File.Exists(Path.ChangeExtension(path, ".html")); n++)
        {
            // Two documents of one kind in the same second (a reprint) must not overwrite each other.
            path = Path.Combine(_dataRoot, DocumentsFolder, string.Create(CultureInfo.InvariantCulture, $"{kind}-{patientId}-{stamp}-{n}.pdf"));
        }

        return path;
    }

    /// <summary>Makes the PDF at <paramref name="pdfPath"/> and sends it to <paramref name="printer"/> when given. Any thread.</summary>
    public async Task<IssueOutcome> ProduceAsync(RenderedDocument document, string pdfPath, string? printer, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(document);
        var browser = BrowserLocator.Find(_environment, File.Exists);
        var pdf = await new DocumentPrinter(browser).ToPdfAsync(document, pdfPath, cancellation).ConfigureAwait(false);
        if (!pdf.IsPdf)
        {
            return new IssueOutcome(pdf, null, null, null);
        }

        var sha = await Sha256Async(pdf.Path, cancellation).ConfigureAwait(false);
        if (printer is null)
        {
            return new IssueOutcome(pdf, null, null, sha);
        }

        var printed = await DocumentPrinter.PrintAsync(pdf.Path, printer, cancellation, _route).ConfigureAwait(false);
        return new IssueOutcome(pdf, printed, printer, sha);
    }

    /// <summary>Keeps what was issued and audits the print (on the thread that owns the database).</summary>
    public IssuedDocument Keep(IssueRequest request, IssueOutcome outcome, long userId)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(outcome);
        var kind = request.Document.Kind;
        _log.Information(
            "Document {Kind} for patient {PatientId}: {Status}{Printed} in {Milliseconds} ms",
            kind,
            request.PatientId,
            outcome.Pdf.Status,
            outcome.Print is { } print ? print.Status switch
            {
                PrintStatus.Sent => " printed " + print.JobId,
                PrintStatus.Opened => " opened for printing",
                _ => " print refused",
            } : string.Empty,
            (long)outcome.Pdf.Elapsed.TotalMilliseconds);
        var detail = outcome.PdfSha256 is { } sha
            ? string.Create(CultureInfo.InvariantCulture, $"{kind} sha256={sha}")
            : kind + " html";
        if (outcome.Print is { } sent)
        {
            detail += sent.Status switch
            {
                PrintStatus.Sent => " job=" + sent.JobId,
                PrintStatus.Opened => " opened",
                _ => " pdf",
            };
        }

        return _store.Add(
            new IssuedDocument
            {
                PatientId = request.PatientId,
                Kind = kind,
                EntryId = request.EntryId,
                Title = request.Title,
                ModelJson = request.ModelJson,
                Html = request.Document.Html,
                PdfSha256 = outcome.PdfSha256,
                Output = outcome.Output,
                Printer = outcome.Output is IssuedOutput.Printed or IssuedOutput.Opened ? outcome.Printer : null,
            },
            userId,
            detail);
    }

    private static async Task<string> Sha256Async(string path, CancellationToken cancellation)
    {
        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellation).ConfigureAwait(false));
        }
    }
}
