using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace TextEhr.EndToEnd.Tests.Support;

/// <summary>poppler-utils and zbar-tools, run as the reviewer would, to look inside the PDFs.</summary>
internal static partial class DocumentTools
{
    /// <summary>Runs a tool and returns its standard output as bytes; fails the test on a non-zero exit.</summary>
    public static async Task<byte[]> RunAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var output = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(output, timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        await copy;
        Assert.True(process.ExitCode == 0, $"{tool} exited with {process.ExitCode}: {await error}");
        return output.ToArray();
    }

    /// <summary>The PDF's text with all whitespace removed (pdftotext breaks lines and spaces by geometry).</summary>
    public static async Task<string> TextAsync(string pdf) =>
        Compact(Encoding.UTF8.GetString(await RunAsync("pdftotext", "-raw", pdf, "-")));

    /// <summary><paramref name="text"/> without any whitespace, ideographic spaces included.</summary>
    public static string Compact(string text) => Whitespace().Replace(text, string.Empty);

    /// <summary>pdfinfo's output.</summary>
    public static async Task<string> InfoAsync(string pdf) => Encoding.UTF8.GetString(await RunAsync("pdfinfo", pdf));

    /// <summary>The page count from pdfinfo.</summary>
    public static async Task<int> PagesAsync(string pdf)
    {
        var match = PagesLine().Match(await InfoAsync(pdf));
        Assert.True(match.Success, "pdfinfo printed no page count");
        return int.Parse(match.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Renders every page as PNG files and returns their paths, in page order.</summary>
    public static async Task<IReadOnlyList<string>> PngPagesAsync(string pdf, int dpi)
    {
        var prefix = Path.Combine(Path.GetDirectoryName(pdf)!, Path.GetFileNameWithoutExtension(pdf) + "-page");
        await RunAsync("pdftoppm", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-png", pdf, prefix);
        return [.. Directory.GetFiles(Path.GetDirectoryName(pdf)!, Path.GetFileName(prefix) + "*.png").Order(StringComparer.Ordinal)];
    }

    /// <summary>The exact bytes of the QR code in an image (zbarimg -Sbinary: no charset guessing).</summary>
    public static Task<byte[]> QrBytesAsync(string png) =>
        RunAsync("zbarimg", "-q", "--raw", "--nodbus", "-Sbinary", png);

    /// <summary>
    /// Each page rendered in grey at <paramref name="dpi"/> (pdftoppm -gray writes binary PGM): its size in
    /// pixels and the share of pixels darker than light grey, to tell a printed page from a blank one.
    /// </summary>
    public static async Task<IReadOnlyList<(int Width, int Height, double Ink)>> GreyPagesAsync(string pdf, int dpi)
    {
        var folder = Directory.CreateTempSubdirectory("textehr-pgm-");
        try
        {
            var prefix = Path.Combine(folder.FullName, "p");
            await RunAsync("pdftoppm", "-gray", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), pdf, prefix);
            return [.. Directory.GetFiles(folder.FullName, "*.pgm").Order(StringComparer.Ordinal).Select(static f => ReadPgm(File.ReadAllBytes(f)))];
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static (int Width, int Height, double Ink) ReadPgm(byte[] bytes)
    {
        // Header: "P5", width, height, maxval, each separated by one whitespace character, then the pixels.
        var fields = new List<int>();
        var at = 2;
        while (fields.Count < 3)
        {
            while (char.IsWhiteSpace((char)bytes[at]))
            {
                at++;
            }

            var start = at;
            while (!char.IsWhiteSpace((char)bytes[at]))
            {
                at++;
            }

            fields.Add(int.Parse(Encoding.ASCII.GetString(bytes, start, at - start), System.Globalization.CultureInfo.InvariantCulture));
        }

        var pixels = bytes.AsSpan(at + 1);
        var dark = 0;
        foreach (var pixel in pixels)
        {
            if (pixel < 200)
            {
                dark++;
            }
        }

        return (fields[0], fields[1], (double)dark / pixels.Length);
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^Pages:\s+(?<n>\d+)", RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex PagesLine();
}
