using TextEhr.App.Cli;
using TextEhr.App.Tests.Support;
using TextEhr.Storage;

namespace TextEhr.App.Tests.Cli;

public sealed class BusyDatabaseTests : IDisposable
{
    private readonly TestClinic _clinic = new TestClinic().Init();

    public void Dispose() => _clinic.Dispose();

    [Fact]
    public void Write_while_another_process_holds_the_lock_says_busy_with_exit_3()
    {
        _clinic.AddPatient();
        var before = _clinic.Counts();
        using var holder = _clinic.OpenRaw();
        using (var begin = holder.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE";
            begin.ExecuteNonQuery();
        }

        var result = _clinic.Run("patient", "edit", "1", "--memo", "待ち");

        using (var rollback = holder.CreateCommand())
        {
            rollback.CommandText = "ROLLBACK";
            rollback.ExecuteNonQuery();
        }

        Assert.Equal(ExitCodes.Busy, result.ExitCode);
        Assert.Contains(StorageMessages.DatabaseBusy, result.Error, StringComparison.Ordinal);
        Assert.Equal(before, _clinic.Counts());
    }
}
