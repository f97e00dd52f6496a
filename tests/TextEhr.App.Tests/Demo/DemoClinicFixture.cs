using TextEhr.App.Demo;
using TextEhr.Domain.Patients;
using TextEhr.Storage;

namespace TextEhr.App.Tests.Demo;

/// <summary>A small demo clinic built once for the tests that only read it.</summary>
public sealed class DemoClinicFixture : IDisposable
{
    public const int Patients = 300;

    public const int Seed = 7;

    public static readonly DateOnly Today = new(2025, 6, 30);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "textehr-demo-test-" + Guid.NewGuid().ToString("N"));

    public DemoClinicFixture()
    {
        Directory.CreateDirectory(_folder);
        Database = ClinicDatabase.Open(Path.Combine(_folder, "textehr.db"), TimeProvider.System);
        Summary = DemoClinicGenerator.Generate(Database, Patients, Seed, Today, progress: null);
        DoctorId = DemoDoctor.Ensure(Database.Users);
        AllPatients = [.. Enumerable.Range(1, Patients).Select(id => Database.Patients.Open(id, DoctorId)!)];
    }

    /// <summary>Every patient as stored, ids 1 to <see cref="Patients"/>.</summary>
    public IReadOnlyList<Patient> AllPatients { get; }

    public ClinicDatabase Database { get; }

    public DemoSummary Summary { get; }

    public long DoctorId { get; }

    public void Dispose()
    {
        Database.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Temp files are the OS's to clean if a handle lingers.
        }
    }
}
