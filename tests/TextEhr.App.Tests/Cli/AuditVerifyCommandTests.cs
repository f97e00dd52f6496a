using TextEhr.App.Cli;
using TextEhr.App.Tests.Support;
using TextEhr.Storage;

namespace TextEhr.App.Tests.Cli;

public sealed class AuditVerifyCommandTests : IDisposable
{
    private readonly TestClinic _clinic = new TestClinic().Init();

    public AuditVerifyCommandTests()
    {
        _clinic.AddPatient();
        _clinic.AddConfirmedNote("1");
        _clinic.Run("patient", "show", "1");
    }

    public void Dispose() => _clinic.Dispose();

    [Fact]
    public void Intact_chain_passes_with_its_row_count()
    {
        var rows = _clinic.Counts().Audit;

        var result = _clinic.Run("audit", "verify");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains(CliMessages.AuditIntact(rows), result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Row_altered_behind_the_triggers_back_is_named_and_exit_is_1()
    {
        // Given a row changed after dropping the guard trigger, as someone with the file could do.
        const long Tampered = 3;
        using (var connection = _clinic.OpenRaw())
        {
            using var command = connection.CreateCommand();
            command.CommandText = "DROP TRIGGER audit_log_frozen_update; UPDATE audit_log SET detail = 'nothing happened' WHERE id = 3;";
            command.ExecuteNonQuery();
        }

        // When the chain is verified.
        var text = _clinic.Run("audit", "verify");
        var json = _clinic.Run("audit", "verify", "--json");

        // Then the row is named and the command fails.
        Assert.Equal(ExitCodes.Failure, text.ExitCode);
        Assert.Contains(CliMessages.AuditBroken(Tampered, StorageMessages.AuditRowAltered(Tampered)), text.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Failure, json.ExitCode);
        var report = TestClinic.Json(json);
        Assert.False(report.GetProperty("intact").GetBoolean());
        Assert.Equal(Tampered, report.GetProperty("firstBrokenId").GetInt64());
    }

    [Fact]
    public void Raw_update_of_an_audit_row_is_refused_by_the_trigger()
    {
        using var connection = _clinic.OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE audit_log SET detail = 'x' WHERE id = 1";

        Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(() => command.ExecuteNonQuery());
    }
}
