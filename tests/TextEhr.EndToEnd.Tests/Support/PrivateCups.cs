using System.Diagnostics;
using System.Text;

namespace TextEhr.EndToEnd.Tests.Support;

/// <summary>
/// A throw-away CUPS scheduler with one cups-pdf queue named <c>PDF</c>, in a private mount namespace
/// (cups-pdf reads /etc/cups/cups-pdf.conf, so that folder is bind-mounted over there only for this
/// scheduler). The machine's own CUPS is never touched. Needs root, unshare, cupsd and cups-pdf (notes/PDF.md §8.1).
/// </summary>
internal sealed class PrivateCups : IDisposable
{
    public const string Queue = "PDF";

    private readonly Process _cupsd;

    private PrivateCups(string root, Process cupsd)
    {
        Root = root;
        _cupsd = cupsd;
    }

    public string Root { get; }

    public string Socket => Path.Combine(Root, "cups.sock");

    public string OutFolder => Path.Combine(Root, "out");

    public static async Task<PrivateCups> StartAsync()
    {
        Assert.False(OperatingSystem.IsWindows(), "CUPS runs on Linux and macOS only.");
        Assert.True(Environment.IsPrivilegedProcess, "The private CUPS scheduler needs root (mount namespace); CI runs as root.");
        foreach (var tool in new[] { "/usr/sbin/cupsd", "/usr/bin/unshare", "/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd" })
        {
            Assert.True(File.Exists(tool), $"{tool} is missing: install cups, cups-client, printer-driver-cups-pdf (.ci/run does).");
        }

        var root = Directory.CreateTempSubdirectory("textehr-cups-").FullName;
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException();
        }

        File.SetUnixFileMode(root, (UnixFileMode)0x1ED);
        foreach (var (folder, mode) in new[] { ("etc", 0x1ED), ("spool", 0x1C8), ("spool/tmp", 0x3FF), ("cache", 0x1ED), ("state", 0x1ED), ("log", 0x1ED), ("out", 0x1FF), ("spool-pdf", 0x3FF) })
        {
            var path = Path.Combine(root, folder);
            Directory.CreateDirectory(path);
            File.SetUnixFileMode(path, (UnixFileMode)mode);
        }

        Write(root, "etc/cupsd.conf", $"""
            Listen {root}/cups.sock
            Browsing No
            WebInterface No
            DefaultAuthType None
            LogLevel warn
            <Location />
              Order allow,deny
              Allow all
            </Location>
            <Policy default>
              <Limit All>
                Order allow,deny
                Allow all
              </Limit>
            </Policy>
            """);
        Write(root, "etc/cups-files.conf", $"""
            RequestRoot {root}/spool
            TempDir {root}/spool/tmp
            CacheDir {root}/cache
            StateDir {root}/state
            AccessLog {root}/log/access_log
            ErrorLog {root}/log/error_log
            PageLog {root}/log/page_log
            Printcap {root}/printcap
            ServerBin /usr/lib/cups
            DataDir /usr/share/cups
            SystemGroup root
            """);
        Write(root, "etc/cups-pdf.conf", $$"""
            Out {{root}}/out/${USER}
            AnonDirName {{root}}/out/ANONYMOUS
            Spool {{root}}/spool-pdf
            Log {{root}}/log
            Grp root
            """);

        var start = new ProcessStartInfo("unshare") { UseShellExecute = false };
        foreach (var argument in new[] { "-m", "--propagation", "private", "sh", "-c", $"mount --bind '{root}/etc' /etc/cups && exec cupsd -f" })
        {
            start.ArgumentList.Add(argument);
        }

        var cups = new PrivateCups(root, Process.Start(start)!);
        Environment.SetEnvironmentVariable("CUPS_SERVER", cups.Socket);
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!(await Run("lpstat", "-r")).Contains("is running", StringComparison.Ordinal))
        {
            if (DateTime.UtcNow > deadline || cups._cupsd.HasExited)
            {
                cups.Dispose();
                Assert.Fail("The private cupsd did not start within 15 s (it needs root and a mount namespace).");
            }

            await Task.Delay(200);
        }

        await Run("lpadmin", "-p", Queue, "-v", "cups-pdf:/", "-E", "-P", "/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd");
        return cups;
    }

    /// <summary>Waits until the job has left the queue and returns the PDF cups-pdf wrote for it.</summary>
    public async Task<string> WaitForOutputAsync(string jobId)
    {
        var number = jobId[(jobId.LastIndexOf('-') + 1)..];
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await Run("lpstat", "-W", "not-completed", "-o", Queue)).Contains(jobId + " ", StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, $"Job {jobId} did not complete in 60 s.");
            await Task.Delay(200);
        }

        Assert.Contains(jobId + " ", await Run("lpstat", "-W", "completed", "-o", Queue), StringComparison.Ordinal);
        return Assert.Single(Directory.GetFiles(OutFolder, $"*job_{number}.pdf", SearchOption.AllDirectories));
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("CUPS_SERVER", null);
        if (!_cupsd.HasExited)
        {
            _cupsd.Kill();
            _cupsd.WaitForExit(5000);
        }

        _cupsd.Dispose();
        Directory.Delete(Root, recursive: true);
    }

    private static async Task<string> Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output;
    }

    private static void Write(string root, string name, string text) =>
        File.WriteAllText(Path.Combine(root, name), text.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n", new UTF8Encoding(false));
}
