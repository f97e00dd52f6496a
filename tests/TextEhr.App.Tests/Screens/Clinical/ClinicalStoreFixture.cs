using Microsoft.Data.Sqlite;
using TextEhr.App.Tests.Support;
using TextEhr.Domain.Patients;
using TextEhr.Domain.Users;
using TextEhr.Storage;
using TextEhr.Tui.Testing;

namespace TextEhr.App.Tests.Screens.Clinical;

/// <summary>
/// A real clinic database in a temporary folder, with a doctor and a patient, for view-model tests
/// (no terminal). The clock is <see cref="TestClinic.Now"/>.
/// </summary>
public sealed class ClinicalStoreFixture : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "textehr-clinical-" + Guid.NewGuid().ToString("N"));

    public ClinicalStoreFixture(Sex sex = Sex.Male)
    {
        Directory.CreateDirectory(_root);
        Database = ClinicDatabase.Open(Path.Combine(_root, "textehr.db"), Time);
        Doctor = Database.Users.Add(
            new User { Login = "doctor", DisplayName = "山田 一郎", Role = UserRole.Doctor, PasswordHash = "x" },
            actingUserId: null);
        Patient = AddPatient(Database, Doctor.Id, sex);
    }

    public ManualTimeProvider Time { get; } = new(TestClinic.Now);

    public ClinicDatabase Database { get; }

    public User Doctor { get; }

    public Patient Patient { get; }

    public static Patient AddPatient(ClinicDatabase database, long doctorId, Sex sex = Sex.Male)
    {
        ArgumentNullException.ThrowIfNull(database);
        return database.Patients.Add(
            new Patient
            {
                Name = new PersonName("試験", sex == Sex.Female ? "花子" : "太郎"),
                KanaName = new PersonName("シケン", sex == Sex.Female ? "ハナコ" : "タロウ"),
                Sex = sex,
                BirthDate = new DateOnly(1950, 4, 1),
            },
            doctorId);
    }

    /// <summary>Every row of a table, current or not, read behind the store's back.</summary>
    public static long CountRows(string databasePath, string table)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
#pragma warning disable CA2100 // The table name is a constant of the test, not input.
        command.CommandText = "SELECT COUNT(*) FROM " + table;
#pragma warning restore CA2100
        return (long)command.ExecuteScalar()!;
    }

    public long CountRows(string table) => CountRows(Database.DatabasePath, table);

    public void Dispose()
    {
        Database.Dispose();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a failed test: the OS temp cleaner takes it later.
        }
    }
}
