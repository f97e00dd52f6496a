using System.Diagnostics;
using TextEhr.Storage.Tests.Support;

namespace TextEhr.Storage.Tests.Sql;

/// <summary>
/// Two ClinicDatabase instances on one file, each with its own connection, lock as two processes do
/// (SQLite's unix VFS shares one lock per file across connections of a process).
/// </summary>
public sealed class ConcurrencyTests : IDisposable
{
    private readonly TestClinic _clinic = new();

    public void Dispose() => _clinic.Dispose();

    [Fact]
    public async Task Two_instances_writing_at_once_keep_every_row_and_one_unbroken_chain()
    {
        var second = _clinic.Open();
        const int each = 40;

        void Write(ClinicDatabase db, string given)
        {
            for (var i = 0; i < each; i++)
            {
                var patient = db.Patients.Add(Some.Patient(given: given), _clinic.DoctorId);
                var draft = db.Charts.CreateDraft(patient.Id, new DateOnly(2025, 6, 2), Some.Content(), _clinic.DoctorId);
                db.Charts.Confirm(draft.Id, _clinic.DoctorId);
            }
        }

        await Task.WhenAll(Task.Run(() => Write(_clinic.Db, "一郎")), Task.Run(() => Write(second, "二郎")));

        Assert.Equal(2 * each, _clinic.Db.Patients.Count());
        Assert.Equal(2 * each, second.Patients.Search("ヤマダ", 500).Count);
        Assert.Equal(Enumerable.Range(1, 2 * each).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal),
            second.Patients.Search("ヤマダ", 500).Select(p => p.ChartNumber).Order(StringComparer.Ordinal));
        var report = second.CheckIntegrity();
        Assert.True(report.IsOk, string.Join('\n', report.Problems));
        Assert.Equal(1 + (3 * 2 * each), _clinic.Db.Audit.Verify().RowsChecked);
    }

    [Fact]
    public void A_writer_holding_the_lock_past_the_timeout_makes_the_other_one_busy()
    {
        var waiting = _clinic.Open(busyTimeout: TimeSpan.FromSeconds(1));
        var holder = _clinic.Raw();
        using var transaction = holder.BeginTransaction();
        var clock = Stopwatch.StartNew();

        var busy = Assert.Throws<DatabaseBusyException>(() => waiting.Patients.Add(Some.Patient(), _clinic.DoctorId));

        Assert.Equal(StorageMessages.DatabaseBusy, busy.Message);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(4));
        Assert.Equal(0, waiting.Patients.Count());
        transaction.Rollback();
        Assert.Equal(1, waiting.Patients.Add(Some.Patient(), _clinic.DoctorId).Revision);
    }

    [Fact]
    public void Readers_are_not_blocked_by_a_writer()
    {
        _clinic.Db.Patients.Add(Some.Patient(), _clinic.DoctorId);
        var holder = _clinic.Raw();
        using var transaction = holder.BeginTransaction();
        TestClinic.Execute(holder, "UPDATE sequences SET value = value");

        Assert.Single(_clinic.Db.Patients.Search("ヤマダ", 10));
        Assert.Equal(1, _clinic.Db.Patients.Count());
    }

    [Fact]
    public void The_product_waits_five_seconds_before_calling_the_database_busy()
    {
        Assert.Equal(TimeSpan.FromSeconds(5), StorageOptions.Default.BusyTimeout);
    }
}
