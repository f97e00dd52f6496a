using System.Diagnostics;
using System.Globalization;
using System.Text;
using TextEhr.Domain.Text;

namespace TextEhr.App.Bench;

/// <summary>
/// The baseline: Debian's <c>sqlite3</c> command line running the same カナ prefix query as the store,
/// one process for all keystrokes. <c>.timer on</c> prints wall time only to the millisecond, so the
/// per-query figures are its CPU time (user + sys, microseconds); the wall time per query over the
/// whole batch is a separate fact.
/// </summary>
public sealed class SqliteCliBaselineCase : IBenchCase
{

    private const string TimerPrefix = "Run Time: real ";
    private const int WarmUp = 20;

    public string Name => "sqlite3 CLI (比較基準)";

    public void Run(BenchContext context, BenchReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        var cli = ExecutableOnPath("sqlite3");
        if (cli is null)
        {
            report.AddNote("sqlite3 が PATH にないため、比較基準の行を省略した。");
            return;
        }

        var keys = context.Samples.SelectMany(SearchKeystrokes.Kana).Select(KanaNormalizer.NormalizeKana).ToList();
        var script = new StringBuilder();
        script.Append(".timer on\n.output ").Append(OperatingSystem.IsWindows() ? "NUL" : "/dev/null").Append('\n');
        foreach (var key in keys.Take(WarmUp).Concat(keys))
        {
            script.Append(Query(key)).Append('\n');
        }

        var started = Stopwatch.GetTimestamp();
        var (exitCode, output, error) = RunCli(cli, context.DatabasePath, script.ToString());
        var wall = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var cpu = ParseCpuMilliseconds(output).Skip(Math.Min(WarmUp, keys.Count)).ToList();
        if (exitCode != 0 || cpu.Count != keys.Count)
        {
            report.AddNote($"sqlite3 の比較基準が失敗した (終了コード {exitCode}、計測 {cpu.Count}/{keys.Count} 件): {error.Trim()}");
            return;
        }

        report.Add("sqlite3.kana", "sqlite3 CLI カナ前方一致 (CPU user+sys)", cpu);
        report.AddFact("sqlite3.kana.wall", "sqlite3 CLI 1問あたり壁時計 (起動込み平均)", wall / (keys.Count + Math.Min(WarmUp, keys.Count)), "ms");
    }

    /// <summary>The user + sys seconds of every <c>Run Time:</c> line, in milliseconds.</summary>
    public static IEnumerable<double> ParseCpuMilliseconds(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        foreach (var line in output.Split('\n'))
        {
            if (!line.StartsWith(TimerPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            // Run Time: real 0.000 user 0.000095 sys 0.000012
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var user = double.Parse(parts[5], CultureInfo.InvariantCulture);
            var sys = double.Parse(parts[7], CultureInfo.InvariantCulture);
            yield return (user + sys) * 1000;
        }
    }

    /// <summary>The store's query (PatientSearch's カナ arm) with the key inlined as an SQL literal.</summary>
    public static string Query(string kanaKey)
    {
        ArgumentNullException.ThrowIfNull(kanaKey);
        var literal = "'" + kanaKey.Replace("'", "''", StringComparison.Ordinal) + "'";
        return "SELECT id, chart_no, family_name, given_name, family_kana, given_kana, sex, birth, phone, last_visit "
            + $"FROM patients WHERE kana_norm >= {literal} AND kana_norm < {literal} || char(1114111) ORDER BY kana_norm, id LIMIT 50;";
    }

    private static (int ExitCode, string Output, string Error) RunCli(string cli, string databasePath, string script)
    {
        var start = new ProcessStartInfo(cli)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("-readonly");
        start.ArgumentList.Add("-batch");
        start.ArgumentList.Add(databasePath);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("sqlite3 did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(script);
        process.StandardInput.Close();
        process.WaitForExit();
        return (process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }

    private static string? ExecutableOnPath(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        var file = OperatingSystem.IsWindows() ? name + ".exe" : name;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, file))
            .FirstOrDefault(File.Exists);
    }
}
