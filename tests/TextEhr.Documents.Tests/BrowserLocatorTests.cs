using TextEhr.Documents.Pdf;

namespace TextEhr.Documents.Tests;

public sealed class BrowserLocatorTests
{
    private static Func<string, string?> Env(params (string Name, string Value)[] values) =>
        name => values.FirstOrDefault(v => string.Equals(v.Name, name, StringComparison.Ordinal)).Value;

    [Fact]
    public void Chromium_on_PATH_is_found_before_chrome()
    {
        var path = string.Join(Path.PathSeparator, "/opt/a", "/usr/bin");
        var existing = new HashSet<string>(StringComparer.Ordinal) { Path.Combine("/usr/bin", "chromium"), Path.Combine("/opt/a", "google-chrome") };

        var found = BrowserLocator.Find(Env(("PATH", path)), existing.Contains);

        Assert.Equal(OperatingSystem.IsWindows() ? null : Path.Combine("/opt/a", "google-chrome"), found);
    }

    [Fact]
    public void Edge_in_program_files_is_found_when_nothing_is_on_PATH()
    {
        var edge = Path.Combine("C:/PF86", "Microsoft", "Edge", "Application", "msedge.exe");

        var found = BrowserLocator.Find(Env(("ProgramFiles(x86)", "C:/PF86")), candidate => string.Equals(candidate, edge, StringComparison.Ordinal));

        Assert.Equal(edge, found);
    }

    [Fact]
    public void A_configured_browser_that_is_missing_means_no_browser_not_another_one()
    {
        var found = BrowserLocator.Find(Env((BrowserLocator.EnvironmentVariable, "/nowhere/chrome"), ("PATH", "/usr/bin")), static _ => false);

        Assert.Null(found);
    }

    [Fact]
    public void The_browser_gets_a_fresh_profile_no_sandbox_no_header_and_a_file_url()
    {
        var arguments = DocumentPrinter.BrowserArguments("/tmp/p", "/tmp/out.pdf", "/tmp/in put.html");

        Assert.Contains("--headless", arguments, StringComparer.Ordinal);
        Assert.Contains("--no-sandbox", arguments, StringComparer.Ordinal);
        Assert.Contains("--user-data-dir=/tmp/p", arguments, StringComparer.Ordinal);
        Assert.Contains("--no-pdf-header-footer", arguments, StringComparer.Ordinal);
        Assert.Contains("--print-to-pdf=/tmp/out.pdf", arguments, StringComparer.Ordinal);
        Assert.Equal("file:///tmp/in%20put.html", arguments[^1]);
    }

    [Theory]
    [InlineData("request id is PDF-12 (1 file(s))\n", "PDF-12")]
    [InlineData("", null)]
    public void The_job_id_is_read_from_lp(string output, string? job) => Assert.Equal(job, DocumentPrinter.JobId(output));
}
