using TextEhr.Domain.Patients;
using TextEhr.Storage;

namespace TextEhr.App.Bench;

/// <summary>
/// Picks real patients to type: ids drawn with a fixed seed from the clinic's range, each opened through
/// the store (an audited view, as at the desk), so every run types the same names.
/// </summary>
public static class BenchSampler
{
    public const int DefaultCount = 500;
    private const int Seed = 20_260_401;

    public static IReadOnlyList<Patient> Draw(ClinicDatabase db, long doctorId, int count = DefaultCount)
    {
        ArgumentNullException.ThrowIfNull(db);
        var total = db.Patients.Count();
        var wanted = (int)Math.Min(count, total);
        // The fixed seed makes the samples repeatable; nothing here needs unpredictability.
        var random = new Random(Seed);
        var ids = new HashSet<long>();
        var samples = new List<Patient>(wanted);
        var attempts = 0;
        while (samples.Count < wanted && attempts++ < wanted * 20)
        {
            var id = random.NextInt64(1, total + 1);
            if (ids.Add(id) && db.Patients.Open(id, doctorId) is { } patient)
            {
                samples.Add(patient);
            }
        }

        return samples;
    }
}
