using System.Text.Json;
using TextEhr.App.Cli;
using TextEhr.App.Input;
using TextEhr.App.Tests.Support;

namespace TextEhr.App.Tests.Cli;

public sealed class InitCommandTests : IDisposable
{
    private readonly TestClinic _clinic = new();

    public void Dispose() => _clinic.Dispose();

    [Fact]
    public void Init_writes_clinic_json_the_database_and_the_doctor()
    {
        _clinic.Init();

        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(_clinic.Folder, "clinic.json")));
        var clinic = document.RootElement;
        Assert.Equal(TestClinic.ClinicName, clinic.GetProperty("name").GetString());
        Assert.Equal("1234567", clinic.GetProperty("institutionCode").GetString());
        Assert.Equal("13", clinic.GetProperty("prefecture").GetString());
        Assert.Equal("1311234567", clinic.GetProperty("institutionNumber").GetString());
        var doctor = Assert.Single(clinic.GetProperty("doctors").EnumerateArray());
        Assert.Equal(TestClinic.DoctorLogin, doctor.GetProperty("login").GetString());
        Assert.Equal(1, _clinic.Counts().Users);
    }

    [Fact]
    public void Init_says_what_it_registered()
    {
        var result = _clinic.Run(
            "init", "--clinic-name", "テスト医院", "--institution-code", "１２３４５６７", "--prefecture", "1",
            "--doctor-name", "鈴木 花子", "--doctor-login", "Suzuki", "--password", "long enough");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains(CliMessages.Initialised("テスト医院", _clinic.Folder), result.Out, StringComparison.Ordinal);
        Assert.Contains(CliMessages.DoctorRegistered("鈴木 花子", "suzuki"), result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Password_can_come_from_standard_input()
    {
        var result = _clinic.RunWithInput(
            "secret passphrase\n",
            "init", "--clinic-name", "テスト医院", "--institution-code", "1234567", "--prefecture", "13",
            "--doctor-name", "鈴木 花子", "--doctor-login", "suzuki", "--password-stdin");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.DoesNotContain("secret passphrase", File.ReadAllText(Path.Combine(_clinic.Folder, "clinic.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_fields_are_all_named_at_once_and_nothing_is_created()
    {
        var result = _clinic.Run("init");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        foreach (var field in new[] { Fields.ClinicName, Fields.InstitutionCode, Fields.Prefecture, Fields.DoctorName, Fields.DoctorLogin, Fields.Password })
        {
            Assert.Contains(field + ": ", result.Error, StringComparison.Ordinal);
        }

        Assert.Contains(CliMessages.NothingSaved, result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_clinic.DatabasePath));
        Assert.False(File.Exists(Path.Combine(_clinic.Folder, "clinic.json")));
    }

    [Theory]
    [InlineData("--institution-code", "123456", Fields.InstitutionCode)]
    [InlineData("--prefecture", "48", Fields.Prefecture)]
    [InlineData("--doctor-login", "山田", Fields.DoctorLogin)]
    [InlineData("--password", "short", Fields.Password)]
    [InlineData("--phone", "03-1234", Fields.ClinicPhone)]
    [InlineData("--postal", "12-34", Fields.ClinicPostalCode)]
    public void Each_bad_field_is_refused_with_its_fix(string option, string value, string field)
    {
        var result = _clinic.Run(ValidArgs((option, value)));

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(field + ": ", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_clinic.DatabasePath));
    }

    [Fact]
    public void Messages_say_how_to_fix_the_field()
    {
        var result = _clinic.Run(ValidArgs(("--institution-code", "12345")));

        Assert.Contains(InputMessages.InstitutionCodeFormat("12345"), result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Password_on_both_the_line_and_stdin_is_refused()
    {
        var result = _clinic.RunWithInput("another one\n", [.. ValidArgs(), "--password-stdin"]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(InputMessages.PasswordTwice, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_stdin_is_refused()
    {
        var result = _clinic.Run(
            "init", "--clinic-name", "テスト医院", "--institution-code", "1234567", "--prefecture", "13",
            "--doctor-name", "鈴木 花子", "--doctor-login", "suzuki", "--password-stdin");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(InputMessages.PasswordStdinEmpty, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_init_is_refused_and_changes_nothing()
    {
        _clinic.Init();
        var before = _clinic.Counts();
        var clinicJson = File.ReadAllText(Path.Combine(_clinic.Folder, "clinic.json"));

        var result = _clinic.Run(ValidArgs());

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains(CliMessages.AlreadyInitialised(_clinic.Folder), result.Error, StringComparison.Ordinal);
        Assert.Equal(before, _clinic.Counts());
        Assert.Equal(clinicJson, File.ReadAllText(Path.Combine(_clinic.Folder, "clinic.json")));
    }

    /// <summary>A valid <c>init</c> line, with some options replaced or added.</summary>
    private static string[] ValidArgs(params (string Option, string Value)[] changes)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["--clinic-name"] = "テスト医院",
            ["--institution-code"] = "1234567",
            ["--prefecture"] = "13",
            ["--doctor-name"] = "鈴木 花子",
            ["--doctor-login"] = "suzuki",
            ["--password"] = "long enough",
        };
        foreach (var (option, value) in changes)
        {
            options[option] = value;
        }

        return ["init", .. options.SelectMany(static pair => new[] { pair.Key, pair.Value })];
    }
}
