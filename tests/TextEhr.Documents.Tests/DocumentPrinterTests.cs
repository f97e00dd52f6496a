using System.Text;
using TextEhr.Documents.Pdf;

namespace TextEhr.Documents.Tests;

public sealed class DocumentPrinterTests : IDisposable
{
    private static readonly RenderedDocument Document = new("referral", "診療情報提供書", "<p>山田 花子</p>", ["山田 花子"]);

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("textehr-printer-");

    private string Pdf => Path.Combine(_folder.FullName, "sub", "letter.pdf");

    [Fact]
    public async Task Without_a_browser_the_html_is_saved_and_the_message_says_how_to_print_it()
    {
        var result = await new DocumentPrinter(browserPath: null).ToPdfAsync(Document, Pdf, CancellationToken.None);

        var html = Path.ChangeExtension(Pdf, ".html");
        Assert.Equal(PdfStatus.HtmlOnly, result.Status);
        Assert.Equal(html, result.Path);
        Assert.Equal("<p>山田 花子</p>", File.ReadAllText(html, Encoding.UTF8));
        Assert.Contains("Ctrl+P", result.Message, StringComparison.Ordinal);
        Assert.Contains(html, result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_the_viewer_road_the_pdf_is_opened_and_the_result_says_opened_not_printed()
    {
        var pdf = Path.Combine(_folder.FullName, "opened.pdf");
        await File.WriteAllTextAsync(pdf, "%PDF-1.4");
        var opened = new List<string>();

        var result = await DocumentPrinter.PrintAsync(pdf, "受付", CancellationToken.None, new PrintRoute(OpensViewer: true, opened.Add));

        Assert.Equal([pdf], opened);
        Assert.Equal((PrintStatus.Opened, null, true), (result.Status, result.JobId, result.Succeeded));
        Assert.Equal(DocumentMessages.OpenedForPrinting(pdf), result.Message);
        Assert.Contains("まだ印刷されていません", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_viewer_that_cannot_start_is_a_failure_that_names_the_file()
    {
        var pdf = Path.Combine(_folder.FullName, "opened.pdf");

        var result = await DocumentPrinter.PrintAsync(pdf, "受付", CancellationToken.None, new PrintRoute(OpensViewer: true, static _ => throw new System.ComponentModel.Win32Exception("no viewer")));

        Assert.Equal(PrintStatus.Failed, result.Status);
        Assert.False(result.Succeeded);
        Assert.Contains(pdf, result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_browser_that_exits_with_an_error_keeps_the_html_and_reports_the_exit_code()
    {
        var browser = Script("exit 3");

        var result = await new DocumentPrinter(browser).ToPdfAsync(Document, Pdf, CancellationToken.None);

        Assert.Equal(PdfStatus.Failed, result.Status);
        Assert.Contains("終了コード 3", result.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.ChangeExtension(Pdf, ".html")));
        Assert.False(File.Exists(Pdf));
    }

    [Fact]
    public async Task Exit_0_with_an_empty_file_is_not_a_pdf()
    {
        // Edge handing off to a running instance exits 0 and writes nothing (notes/PDF.md §2).
        var browser = Script("for a in \"$@\"; do case \"$a\" in --print-to-pdf=*) : > \"${a#--print-to-pdf=}\";; esac; done; exit 0");

        var result = await new DocumentPrinter(browser).ToPdfAsync(Document, Pdf, CancellationToken.None);

        Assert.Equal(PdfStatus.Failed, result.Status);
    }

    [Fact]
    public async Task A_browser_that_hangs_is_stopped_at_the_timeout()
    {
        var browser = Script("sleep 30");

        var result = await new DocumentPrinter(browser, TimeSpan.FromMilliseconds(500)).ToPdfAsync(Document, Pdf, CancellationToken.None);

        Assert.Equal(PdfStatus.Failed, result.Status);
        Assert.Contains("秒で終わらなかった", result.Message, StringComparison.Ordinal);
        Assert.True(result.Elapsed < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_browser_that_writes_the_file_and_exits_0_made_a_pdf()
    {
        var browser = Script("for a in \"$@\"; do case \"$a\" in --print-to-pdf=*) echo '%PDF-1.4' > \"${a#--print-to-pdf=}\";; esac; done; exit 0");

        var result = await new DocumentPrinter(browser).ToPdfAsync(Document, Pdf, CancellationToken.None);

        Assert.Equal(PdfStatus.Pdf, result.Status);
        Assert.Equal(Pdf, result.Path);
        Assert.False(File.Exists(Path.ChangeExtension(Pdf, ".html")));
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private string Script(string body)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("These tests use a shell script as the browser.");
        }

        var path = Path.Combine(_folder.FullName, Guid.NewGuid().ToString("N") + ".sh");
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }
}
