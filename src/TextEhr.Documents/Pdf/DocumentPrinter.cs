using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace TextEhr.Documents.Pdf;

/// <summary>
/// Prints a document's HTML to PDF with a headless Chromium-based browser (one fresh process and profile
/// per document, the flags in notes/PDF.md), and sends PDFs to a printer. Without a browser, or when the
/// browser fails, the HTML is saved beside the requested PDF so nothing is lost.
/// </summary>
public sealed class DocumentPrinter
{
    /// <summary>How long one document may take before the browser is stopped.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    private readonly TimeSpan _timeout;

    /// <summary>A printer using <paramref name="browserPath"/> (null: none, HTML only).</summary>
    public DocumentPrinter(string? browserPath, TimeSpan? timeout = null)
    {
        BrowserPath = browserPath;
        _timeout = timeout ?? DefaultTimeout;
    }

    /// <summary>The browser used, or null when none was found.</summary>
    public string? BrowserPath { get; }

    /// <summary>A printer with the browser this machine has.</summary>
    public static DocumentPrinter FromEnvironment() => new(BrowserLocator.Find());

    /// <summary>The browser's command-line arguments for one document.</summary>
    public static IReadOnlyList<string> BrowserArguments(string profileDir, string pdfPath, string htmlPath) =>
    [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=" + profileDir,
        "--no-pdf-header-footer",
        "--print-to-pdf-no-header",
        "--print-to-pdf=" + pdfPath,
        Fonts.DocumentFont.FileUrl(htmlPath),
    ];

    /// <summary>
    /// Writes <paramref name="document"/> as a PDF at <paramref name="outputPath"/>. Success means the
    /// browser exited with 0 and the file is not empty; otherwise the HTML is saved beside it.
    /// </summary>
    public async Task<PdfResult> ToPdfAsync(RenderedDocument document, string outputPath, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputPath);
        var pdfPath = Path.GetFullPath(outputPath);
        var htmlPath = Path.ChangeExtension(pdfPath, ".html");
        if (Path.GetDirectoryName(pdfPath) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        if (BrowserPath is null)
        {
            await SaveHtmlAsync(document, htmlPath, cancellation).ConfigureAwait(false);
            return new PdfResult(PdfStatus.HtmlOnly, htmlPath, DocumentMessages.NoBrowser(htmlPath), TimeSpan.Zero);
        }

        var work = Directory.CreateTempSubdirectory("textehr-doc-");
        try
        {
            var workHtml = Path.Combine(work.FullName, document.Kind + ".html");
            await SaveHtmlAsync(document, workHtml, cancellation).ConfigureAwait(false);
            File.Delete(pdfPath);
            var profile = Directory.CreateDirectory(Path.Combine(work.FullName, "profile")).FullName;
            var stopwatch = Stopwatch.StartNew();
            var exit = await RunBrowserAsync(BrowserArguments(profile, pdfPath, workHtml), cancellation).ConfigureAwait(false);
            stopwatch.Stop();
            if (exit == 0 && new FileInfo(pdfPath) is { Exists: true, Length: > 0 })
            {
                return new PdfResult(PdfStatus.Pdf, pdfPath, DocumentMessages.PdfSaved(pdfPath), stopwatch.Elapsed);
            }

            File.Copy(workHtml, htmlPath, overwrite: true);
            var message = exit is null
                ? DocumentMessages.BrowserTimedOut(_timeout, htmlPath)
                : DocumentMessages.BrowserFailed(exit.Value, htmlPath);
            return new PdfResult(PdfStatus.Failed, htmlPath, message, stopwatch.Elapsed);
        }
        finally
        {
            TryDelete(work);
        }
    }

    /// <summary>
    /// Sends a PDF to a printer: CUPS <c>lp</c> at true size on Linux and macOS; on Windows the PDF is
    /// opened in the default viewer, since stock Windows has no silent print verb for PDFs, and the result
    /// says so (<see cref="PrintStatus.Opened"/>), never that it was printed.
    /// </summary>
    public static async Task<PrintResult> PrintAsync(string pdfPath, string printer, CancellationToken cancellation, PrintRoute? route = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pdfPath);
        ArgumentNullException.ThrowIfNull(printer);
        route ??= PrintRoute.ForThisMachine;
        if (route.OpensViewer)
        {
            try
            {
                route.OpenViewer(pdfPath);
                return new PrintResult(PrintStatus.Opened, null, DocumentMessages.OpenedForPrinting(pdfPath));
            }
            catch (Win32Exception ex)
            {
                return new PrintResult(PrintStatus.Failed, null, DocumentMessages.OpenFailed(pdfPath, ex.Message));
            }
        }

        var start = new ProcessStartInfo("lp")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (printer.Length > 0)
        {
            start.ArgumentList.Add("-d");
            start.ArgumentList.Add(printer);
        }

        foreach (var argument in new[] { "-o", "media=A4", "-o", "print-scaling=none", "-t", Path.GetFileNameWithoutExtension(pdfPath), pdfPath })
        {
            start.ArgumentList.Add(argument);
        }

        var name = printer.Length > 0 ? printer : "(既定)";
        try
        {
            using var process = Process.Start(start) ?? throw new Win32Exception("lp did not start");
            var output = process.StandardOutput.ReadToEndAsync(cancellation);
            var error = process.StandardError.ReadToEndAsync(cancellation);
            await process.WaitForExitAsync(cancellation).ConfigureAwait(false);
            var text = await output.ConfigureAwait(false);
            var problem = (await error.ConfigureAwait(false)).Trim();
            return process.ExitCode == 0
                ? new PrintResult(PrintStatus.Sent, JobId(text), DocumentMessages.Printed(name, JobId(text)))
                : new PrintResult(PrintStatus.Failed, null, DocumentMessages.PrintFailed(name, problem));
        }
        catch (Win32Exception ex)
        {
            return new PrintResult(PrintStatus.Failed, null, DocumentMessages.PrintFailed(name, ex.Message));
        }
    }

    /// <summary>The job id in lp's "request id is PDF-3 (1 file(s))".</summary>
    public static string? JobId(string lpOutput)
    {
        const string Marker = "request id is ";
        var at = (lpOutput ?? string.Empty).IndexOf(Marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var rest = lpOutput![(at + Marker.Length)..];
        var end = rest.IndexOf(' ', StringComparison.Ordinal);
        return (end < 0 ? rest : rest[..end]).Trim();
    }

    private static async Task SaveHtmlAsync(RenderedDocument document, string path, CancellationToken cancellation) =>
        await File.WriteAllTextAsync(path, document.Html, new UTF8Encoding(false), cancellation).ConfigureAwait(false);

    private static void TryDelete(DirectoryInfo folder)
    {
        try
        {
            folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // The browser may still hold a profile file for a moment; the temp folder is cleaned by the OS.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above.
        }
    }

    // Null when the browser timed out and was stopped.
    private async Task<int?> RunBrowserAsync(IReadOnlyList<string> arguments, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo(BrowserPath!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new Win32Exception("The browser did not start.");

        // The browser's chatter (dbus, fontconfig, Debian's wrapper) is normal; read it so the pipes never fill.
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        limit.CancelAfter(_timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            cancellation.ThrowIfCancellationRequested();
            return null;
        }

        await Task.WhenAll(output, error).ConfigureAwait(false);
        return process.ExitCode;
    }
}
