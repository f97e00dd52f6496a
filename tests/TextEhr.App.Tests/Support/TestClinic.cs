using System.Text.Json;
using Microsoft.Data.Sqlite;
using TextEhr.App.Cli;

namespace TextEhr.App.Tests.Support;

/// <summary>
/// A temporary data folder and the command line run in-process against it, exactly as
/// <c>Program.Main</c> runs it but with string writers, a fixed clock (2025-06-15 10:00 JST), a fake
/// environment and cheap password hashing. Reusable: <c>new TestClinic().Init().Run("patient", "add", …)</c>.
/// </summary>
public sealed class TestClinic : IDisposable
{
    public const string DoctorLogin = "yamada";

    public const string DoctorName = "山田 一郎";

    public const string ClinicName = "やまだ内科クリニック";

    public static readonly DateTimeOffset Now = new(2025, 6, 15, 10, 0, 0, TimeSpan.FromHours(9));

    public static readonly DateOnly Today = new(2025, 6, 15);

    private const string CountsSql = """
        SELECT (SELECT count(*) FROM patients), (SELECT count(*) FROM patients_history),
               (SELECT count(*) FROM chart_entry_versions), (SELECT count(*) FROM allergies),
               (SELECT count(*) FROM users), (SELECT count(*) FROM audit_log)
        """;

    private readonly Dictionary<string, string?> _environment = new(StringComparer.Ordinal);

    public TestClinic()
    {
        Root = Path.Combine(Path.GetTempPath(), "textehr-test-" + Guid.NewGuid().ToString("N"));
        Folder = Path.Combine(Root, "clinic");
        _environment["HOME"] = Path.Combine(Root, "home");
    }

    /// <summary>Removed on dispose; the data folder is <see cref="Folder"/> inside it.</summary>
    public string Root { get; }

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "textehr.db");

    public string LogsFolder => Path.Combine(Folder, "logs");

    public FixedTimeProvider Time { get; } = new(Now);

    public IDictionary<string, string?> Environment => _environment;

    /// <summary>Runs as at a real console (secrets asked for, a kept passphrase retried once) instead of from a script.</summary>
    public bool Interactive { get; set; }

    /// <summary>Runs <c>textehr ARGS --data FOLDER</c>.</summary>
    public CliResult Run(params string[] args) => RunWithInput(string.Empty, args);

    /// <summary>As <see cref="Run"/> with text on standard input.</summary>
    public CliResult RunWithInput(string input, params string[] args) => RunRaw(input, [.. args, "--data", Folder]);

    /// <summary>Runs <c>textehr ARGS</c> as given, without adding <c>--data</c>.</summary>
    public CliResult RunRaw(string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var reader = new StringReader(input);
        var context = new CliContext
        {
            Out = output,
            Error = error,
            In = reader,
            Time = Time,
            GetEnvironmentVariable = name => _environment.GetValueOrDefault(name),
            PasswordIterations = 1_000,
            RemovableDrives = () => [],
            IsInteractive = Interactive,
        };
        var exitCode = CliApp.Run(args, context);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Registers the test clinic and its doctor; fails the test if that does not work.</summary>
    public TestClinic Init()
    {
        var result = Run(
            "init",
            "--clinic-name", ClinicName,
            "--institution-code", "1234567",
            "--prefecture", "13",
            "--address", "東京都千代田区1-1",
            "--phone", "03-1234-5678",
            "--doctor-name", DoctorName,
            "--doctor-login", DoctorLogin,
            "--password", "correct horse battery");
        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        return this;
    }

    /// <summary>
    /// Adds 山田 太郎 (男, S50.3.1) with <paramref name="extra"/> options, which may replace those four;
    /// returns the patient's JSON.
    /// </summary>
    public JsonElement AddPatient(params string[] extra)
    {
        ArgumentNullException.ThrowIfNull(extra);
        var defaults = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["--name"] = "山田 太郎",
            ["--kana"] = "ヤマダ タロウ",
            ["--sex"] = "男",
            ["--birth"] = "S50.3.1",
        };
        for (var i = 0; i < extra.Length; i++)
        {
            defaults.Remove(extra[i]);
        }

        string[] args = ["patient", "add", .. defaults.SelectMany(static pair => new[] { pair.Key, pair.Value }), .. extra, "--json"];
        var result = Run(args);
        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        return Json(result);
    }

    /// <summary>Writes a confirmed note for the patient; returns the version's JSON.</summary>
    public JsonElement AddConfirmedNote(string patient, params string[] extra)
    {
        var result = Run(["note", "add", patient, "--s", "頭痛", "--confirm", .. extra, "--json"]);
        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        return Json(result);
    }

    public static JsonElement Json(CliResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var document = JsonDocument.Parse(result.Out);
        return document.RootElement.Clone();
    }

    /// <summary>A raw connection to the clinic's database (no pooling, so the file is free after dispose).</summary>
    public SqliteConnection OpenRaw()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Pooling = false,
        }.ToString());
        connection.Open();
        return connection;
    }

    public RowCounts Counts()
    {
        using var connection = OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = CountsSql;
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        return new RowCounts(
            reader.GetInt64(0),
            reader.GetInt64(1),
            reader.GetInt64(2),
            reader.GetInt64(3),
            reader.GetInt64(4),
            reader.GetInt64(5));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Nothing was created.
        }
    }
}
