using TextEhr.App.Cli;
using TextEhr.App.Demo;
using TextEhr.App.Input;
using TextEhr.App.Tests.Support;

namespace TextEhr.App.Tests.Cli;

public sealed class DemoAndBenchCommandTests : IDisposable
{
    private readonly TestClinic _clinic = new();

    public void Dispose() => _clinic.Dispose();

    [Fact]
    public void Demo_makes_a_clinic_fills_it_and_a_second_run_adds_nothing()
    {
        var first = _clinic.Run("demo", "--patients", "5", "--seed", "7");
        var patients = _clinic.Counts().Patients;
        var second = _clinic.Run("demo", "--patients", "5");

        Assert.Equal(ExitCodes.Ok, first.ExitCode);
        Assert.Contains(CliMessages.DemoClinicCreated(_clinic.Folder), first.Out, StringComparison.Ordinal);
        Assert.Contains(CliMessages.DemoLoginHint(DemoDoctor.Login, DemoDoctor.Password), first.Out, StringComparison.Ordinal);
        Assert.Equal(5, patients);
        Assert.Equal(ExitCodes.Ok, second.ExitCode);
        Assert.Contains(CliMessages.DemoAlreadyFilled(5), second.Out, StringComparison.Ordinal);
        Assert.Equal(5, _clinic.Counts().Patients);
        Assert.Equal(ExitCodes.Ok, _clinic.Run("audit", "verify").ExitCode);
        Assert.Equal(ExitCodes.Ok, _clinic.Run("check").ExitCode);
    }

    [Fact]
    public void Demo_clinic_can_be_searched_by_kana()
    {
        _clinic.Run("demo", "--patients", "30");
        var someone = TestClinic.Json(_clinic.Run("patient", "show", "1", "--json"));
        var kana = someone.GetProperty("kana").GetProperty("family").GetString()!;

        var result = _clinic.Run("patient", "find", kana[..2], "--json");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains(
            TestClinic.Json(result).EnumerateArray(),
            hit => hit.GetProperty("id").GetInt64() == someone.GetProperty("id").GetInt64());
    }

    [Fact]
    public void Demo_never_fills_a_real_clinic()
    {
        _clinic.Init();
        var before = _clinic.Counts();

        var result = _clinic.Run("demo", "--patients", "3");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains(CliMessages.DemoRefusesRealClinic(_clinic.Folder), result.Error, StringComparison.Ordinal);
        Assert.Equal(before, _clinic.Counts());
    }

    [Fact]
    public void Demo_refuses_a_bad_count_before_creating_anything()
    {
        var result = _clinic.Run("demo", "--patients", "0");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(CliMessages.ErrorLine(Fields.PatientCount, InputMessages.WholeNumber("0", 1, DemoCommand.MaximumPatients)), result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_clinic.DatabasePath));
    }

    [Fact]
    public void Bench_refuses_a_bad_count()
    {
        var result = _clinic.RunRaw(string.Empty, "bench", "--patients", "0");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(CliMessages.ErrorLine(Fields.PatientCount, InputMessages.WholeNumber("0", 1, DemoCommand.MaximumPatients)), result.Error, StringComparison.Ordinal);
    }
}
