using TextEhr.Storage.Backup;
using TextEhr.Storage.Tests.Support;

namespace TextEhr.Storage.Tests.Backup;

public sealed class DatabaseFileTests : IDisposable
{
    private readonly TestClinic _clinic = new();
    private readonly TempFolder _copies = new();

    public void Dispose()
    {
        _clinic.Dispose();
        _copies.Dispose();
    }

    [Fact]
    public void CopyTo_writes_a_file_with_the_same_content_hash_and_an_intact_structure()
    {
        _clinic.Db.Patients.Add(Some.Patient(), _clinic.DoctorId);
        var copy = _copies.File("copy.db");

        _clinic.Db.CopyTo(copy);

        var facts = DatabaseFile.Inspect(copy, checkIntegrity: true);
        Assert.True(facts.IsIntact);
        Assert.Equal(1, facts.Patients);
        Assert.Equal(_clinic.Db.SchemaVersion, facts.SchemaVersion);
        Assert.NotNull(facts.AuditHead);
        Assert.Equal(DatabaseFile.ReadContent(_clinic.DatabasePath).Sha256, facts.Content.Sha256);
        Assert.Contains(facts.Content.Tables, t => t is { Name: "patients", Rows: 1 });
    }

    [Fact]
    public void Content_hash_changes_with_one_value_and_tells_the_table()
    {
        _clinic.Db.Patients.Add(Some.Patient(), _clinic.DoctorId);
        var before = DatabaseFile.ReadContent(_clinic.DatabasePath);

        TestClinic.Execute(_clinic.Raw(), "UPDATE patients SET phone = '03-0000-0000', revision = revision + 1");

        var after = DatabaseFile.ReadContent(_clinic.DatabasePath);
        Assert.False(string.Equals(before.Sha256Hex, after.Sha256Hex, StringComparison.Ordinal));
        var changed = before.Tables.Zip(after.Tables).Where(p => p.First != p.Second).Select(p => p.First.Name).ToList();
        Assert.Contains("patients", changed, StringComparer.Ordinal);
    }

    [Fact]
    public void Integrity_problems_in_a_copy_are_reported()
    {
        _clinic.Db.Patients.Add(Some.Patient(), _clinic.DoctorId);
        var copy = _copies.File("copy.db");
        _clinic.Db.CopyTo(copy);

        // Pages 2 to 4 hold the first tables' b-trees: garbage there no longer parses.
        using (var file = new FileStream(copy, FileMode.Open, FileAccess.ReadWrite))
        {
            file.Position = 4096;
            file.Write(Enumerable.Repeat((byte)0xFF, 3 * 4096).ToArray());
        }

        Assert.False(Inspect(copy).IsIntact);
    }

    [Fact]
    public void A_file_open_in_another_connection_is_in_use_and_free_once_closed()
    {
        var path = _copies.File("other.db");
        var other = ClinicDatabase.Open(path, _clinic.Time);

        Assert.True(DatabaseFile.IsInUse(path));
        other.Dispose();
        Assert.False(DatabaseFile.IsInUse(path));
        Assert.False(DatabaseFile.IsInUse(_copies.File("missing.db")));
    }

    private static SnapshotFacts Inspect(string path)
    {
        try
        {
            return DatabaseFile.Inspect(path, checkIntegrity: true);
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            // A page broken badly enough fails the count queries: as broken as a reported problem.
            return new SnapshotFacts
            {
                SchemaVersion = 0,
                IntegrityProblems = ["unreadable"],
                Content = new DatabaseContent([], []),
                Patients = 0,
                ChartEntries = 0,
            };
        }
    }
}
