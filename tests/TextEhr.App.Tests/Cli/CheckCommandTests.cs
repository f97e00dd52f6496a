using TextEhr.App.Cli;
using TextEhr.App.Tests.Support;

namespace TextEhr.App.Tests.Cli;

public sealed class CheckCommandTests : IDisposable
{
    private readonly TestClinic _clinic = new TestClinic().Init();

    public void Dispose() => _clinic.Dispose();

    [Fact]
    public void Healthy_database_passes()
    {
        _clinic.AddPatient();
        _clinic.AddConfirmedNote("1");

        var result = _clinic.Run("check");
        var json = TestClinic.Json(_clinic.Run("check", "--json"));

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("データベースは正常です", result.Out, StringComparison.Ordinal);
        Assert.True(json.GetProperty("isOk").GetBoolean());
        Assert.True(json.GetProperty("schemaVersion").GetInt32() >= 1);
    }

    [Fact]
    public void Tampered_audit_chain_fails_the_check()
    {
        _clinic.AddPatient();
        using (var connection = _clinic.OpenRaw())
        {
            using var command = connection.CreateCommand();
            command.CommandText = "DROP TRIGGER audit_log_frozen_update; UPDATE audit_log SET detail = 'x' WHERE id = 1;";
            command.ExecuteNonQuery();
        }

        var result = _clinic.Run("check");
        var json = _clinic.Run("check", "--json");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Equal(ExitCodes.Failure, json.ExitCode);
        var problems = TestClinic.Json(json).GetProperty("problems").GetArrayLength();
        Assert.True(problems > 0);
        Assert.Contains(CliMessages.IntegrityProblems(problems), result.Out, StringComparison.Ordinal);
    }
}
