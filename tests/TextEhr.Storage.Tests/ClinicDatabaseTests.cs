using TextEhr.Storage.Migrations;
using TextEhr.Storage.Tests.Support;

namespace TextEhr.Storage.Tests;

public sealed class ClinicDatabaseTests : IDisposable
{
    private readonly TestClinic _clinic = new();

    public void Dispose() => _clinic.Dispose();

    [Fact]
    public void Open_creates_the_file_readable_by_its_owner_only()
    {
        Assert.True(File.Exists(_clinic.DatabasePath));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(_clinic.DatabasePath));
        }
    }

    [Fact]
    public void Open_applies_the_connection_policy()
    {
        var session = _clinic.Db.Session;
        Assert.Equal("wal", session.Scalar("PRAGMA journal_mode"));
        Assert.Equal(2L, session.ScalarInt64("PRAGMA synchronous"));
        Assert.Equal(1L, session.ScalarInt64("PRAGMA foreign_keys"));
        Assert.Equal(5000L, session.ScalarInt64("PRAGMA busy_timeout"));
        Assert.Equal(0L, session.ScalarInt64("PRAGMA trusted_schema"));
        Assert.Equal(SchemaMigrator.ApplicationId, session.ScalarInt64("PRAGMA application_id"));
    }

    [Fact]
    public void Open_reports_the_path_and_the_schema_version()
    {
        Assert.Equal(_clinic.DatabasePath, _clinic.Db.DatabasePath);
        Assert.Equal(MigrationCatalog.LatestVersion, _clinic.Db.SchemaVersion);
    }

    [Fact]
    public void Reopening_keeps_the_data_and_changes_nothing()
    {
        var id = _clinic.Db.Patients.Add(Some.Patient(), _clinic.DoctorId).Id;

        var db = _clinic.Reopen();

        Assert.Equal(MigrationCatalog.LatestVersion, db.SchemaVersion);
        Assert.Equal(1, db.Patients.Count());
        Assert.NotNull(db.Patients.Open(id, _clinic.DoctorId));
        Assert.True(db.Audit.Verify().IsIntact);
    }

    [Fact]
    public void CheckIntegrity_is_ok_after_ordinary_use()
    {
        var patient = _clinic.Db.Patients.Add(Some.Patient(), _clinic.DoctorId);
        var draft = _clinic.Db.Charts.CreateDraft(patient.Id, new DateOnly(2025, 6, 2), Some.Content(prescription: Some.Prescription()), _clinic.DoctorId);
        _clinic.Db.Charts.Confirm(draft.Id, _clinic.DoctorId);

        var report = _clinic.Db.CheckIntegrity();

        Assert.True(report.IsOk, string.Join('\n', report.Problems));
        Assert.Empty(report.Problems);
    }

    [Fact]
    public void CheckIntegrity_reports_a_search_index_out_of_step_with_its_table()
    {
        _clinic.Db.Patients.Add(Some.Patient(), _clinic.DoctorId);
        var raw = _clinic.Raw();
        TestClinic.Execute(raw, "DROP TRIGGER patients_fts_update");
        TestClinic.Execute(raw, "UPDATE patients SET name_norm = '別人', revision = revision + 1, updated_at = 1");

        var report = _clinic.Db.CheckIntegrity();

        Assert.False(report.IsOk);
        Assert.Contains(report.Problems, p => p.StartsWith(StorageMessages.SearchIndexBroken(string.Empty), StringComparison.Ordinal));
    }

    [Fact]
    public void Using_a_disposed_database_is_refused()
    {
        var db = _clinic.Open();
        db.Dispose();

        Assert.Throws<ObjectDisposedException>(() => db.CheckIntegrity());
        Assert.Throws<ObjectDisposedException>(() => db.Patients.Count());
    }
}
