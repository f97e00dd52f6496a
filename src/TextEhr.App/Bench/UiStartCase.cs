using System.Diagnostics;
using System.Globalization;
using System.Text;
using TextEhr.App.Demo;
using TextEhr.App.Hosting;

namespace TextEhr.App.Bench;

/// <summary>
/// The "time from start to the search screen ready, and to an open chart": runs
/// <c>textehr bench ui-start</c> as a fresh process several times on the bench clinic (logging in as
/// the demo doctor) and reports <c>ui.start.search</c> and <c>ui.open.chart</c>.
/// </summary>
public sealed class UiStartCase : IBenchCase
{
    public const int DefaultRuns = 5;

    public string Name => "起動からの時間 (別プロセス)";

    /// <summary>How long a child waits for each screen.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    public void Run(BenchContext context, BenchReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        var doctor = context.Database.Users.FindById(context.DoctorId);
        if (context.UiRuns <= 0 || doctor is null || !string.Equals(doctor.Login, DemoDoctor.Login, StringComparison.Ordinal))
        {
            report.AddNote("起動時間の計測を省略した (計測回数が 0 か、デモ医師でログインできない)。");
            return;
        }

        var folder = DataFolder.Create(Path.GetDirectoryName(Path.GetFullPath(context.DatabasePath))!);
        EnsureClinic(folder, doctor.Id, doctor.Login, doctor.DisplayName);
        var search = new List<double>();
        var chart = new List<double>();
        for (var run = 0; run < context.UiRuns; run++)
        {
            var kana = Prefix(context, run);
            var (exitCode, output, error) = RunChild(folder.Root, kana);
            var times = UiStartTimes.Parse(output);
            if (times?.SearchMs is not { } searchMs)
            {
                report.AddNote($"起動時間の子プロセスが失敗した (終了コード {exitCode}): {error.Trim()}");
                return;
            }

            search.Add(searchMs);
            if (times.ChartMs is { } chartMs)
            {
                chart.Add(chartMs);
            }
        }

        report.Add("ui.start.search", "起動→ログイン→患者検索の最初の表示", search);
        if (chart.Count > 0)
        {
            report.Add("ui.open.chart", "起動→カナ入力+Enter→カルテの最初の表示", chart);
        }
        else
        {
            report.AddNote("カナ入力と Enter でカルテが開かなかったため、ui.open.chart を省略した。");
        }
    }

    /// <summary>The start of a sample patient's カナ, as a doctor types it.</summary>
    private static string Prefix(BenchContext context, int run)
    {
        if (context.Samples.Count == 0)
        {
            return "ア";
        }

        var family = context.Samples[run % context.Samples.Count].KanaName.Family;
        return family.Length > 2 ? family[..2] : family;
    }

    private static void EnsureClinic(DataFolder folder, long doctorId, string login, string name)
    {
        if (ClinicProfileFile.Exists(folder))
        {
            return;
        }

        ClinicProfileFile.Save(folder, new ClinicProfile
        {
            Name = "ベンチ診療所 (架空)",
            InstitutionCode = "0000000",
            Prefecture = "13",
            Doctors = [new ClinicDoctor(doctorId, login, name)],
            IsDemo = true,
        });
    }

    private (int ExitCode, string Output, string Error) RunChild(string folder, string kana)
    {
        var start = ChildStart();
        foreach (var argument in new[] { "bench", "ui-start", "--data", folder, "--login", DemoDoctor.Login, "--password-stdin", "--kana", kana })
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add("--timeout-ms");
        start.ArgumentList.Add(((int)Timeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture));
        using var process = Process.Start(start) ?? throw new InvalidOperationException("textehr did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.WriteLine(DemoDoctor.Password);
        process.StandardInput.Close();
        process.WaitForExit();
        return (process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }

    /// <summary>This program again: its own executable when there is one, else <c>dotnet textehr.dll</c>.</summary>
    private static ProcessStartInfo ChildStart()
    {
        var dll = typeof(UiStartCase).Assembly.Location;
        var host = Path.ChangeExtension(dll, OperatingSystem.IsWindows() ? ".exe" : null);
        var start = new ProcessStartInfo(File.Exists(host) ? host : DotnetHost())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        if (!File.Exists(host))
        {
            start.ArgumentList.Add(dll);
        }

        return start;
    }

    private static string DotnetHost()
    {
        var current = Environment.ProcessPath;
        return current is not null && string.Equals(Path.GetFileNameWithoutExtension(current), "dotnet", StringComparison.Ordinal)
            ? current
            : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
    }
}
