using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using TextEhr.Storage;

namespace TextEhr.App.Demo;

/// <summary>
/// Fills a database with a realistic synthetic clinic: Japanese names with their readings, valid
/// insurance and 公費 numbers, ten years of visits with SOAP, vitals, Do処方 and labs, allergies and
/// 傷病名. The same seed and day give the same clinic.
/// </summary>
/// <remarks>
/// Patients are drawn on a second thread while this one inserts, so the two cores of a clinic PC are
/// both busy; each patient has its own dice, so the order of the pipeline never changes the result.
/// </remarks>
public static class DemoClinicGenerator
{
    private const int ProgressEvery = 5_000;
    private const int QueueLength = 256;

    public static DemoSummary Generate(ClinicDatabase db, int patients, int seed, DateOnly today, IProgress<string>? progress)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentOutOfRangeException.ThrowIfNegative(patients);
        var started = Stopwatch.GetTimestamp();
        var doctorId = DemoDoctor.Ensure(db.Users);
        var tally = new DemoTally();
        using var stop = new CancellationTokenSource();
        using var queue = new BlockingCollection<DemoPatientRecord>(QueueLength);
        var producer = Task.Run(() => Produce(queue, patients, seed, today, stop.Token), stop.Token);
        try
        {
            using var importer = db.BeginBulkImport();
            foreach (var record in queue.GetConsumingEnumerable(stop.Token))
            {
                Insert(importer, record, doctorId, tally);
                if (tally.Patients % ProgressEvery == 0)
                {
                    progress?.Report(string.Create(
                        CultureInfo.InvariantCulture,
                        $"デモ患者 {tally.Patients:N0} / {patients:N0} 人 (診療記録 {tally.Entries:N0} 件)"));
                }
            }

            // A failed producer ends the queue early: report it instead of completing a half-built clinic.
            producer.GetAwaiter().GetResult();
            importer.Complete();
        }
        catch
        {
            // The producer may be blocked on a full queue: release it, and let it finish before the queue is disposed.
            stop.Cancel();
            try
            {
                producer.Wait(CancellationToken.None);
            }
            catch (AggregateException)
            {
                // Its cancellation or its own failure; the exception being thrown is the one to report.
            }

            throw;
        }

        return tally.ToSummary(Stopwatch.GetElapsedTime(started));
    }

    private static void Produce(BlockingCollection<DemoPatientRecord> queue, int patients, int seed, DateOnly today, CancellationToken token)
    {
        try
        {
            for (var i = 0; i < patients; i++)
            {
                queue.Add(DemoPatientFactory.Create(seed, i, today), token);
            }
        }
        finally
        {
            queue.CompleteAdding();
        }
    }

    private static void Insert(BulkImporter importer, DemoPatientRecord record, long doctorId, DemoTally tally)
    {
        var patientId = importer.AddPatient(record.Patient, doctorId, record.RegisteredAt);
        foreach (var visit in record.Visits)
        {
            importer.AddConfirmedEntry(patientId, visit.Date, visit.Content, doctorId, visit.At);
            tally.Entries++;
            if (visit.Content.Prescription is not null)
            {
                tally.Prescriptions++;
            }
        }

        foreach (var allergy in record.Allergies)
        {
            importer.AddAllergy(allergy with { PatientId = patientId, RecordedById = doctorId }, doctorId);
        }

        foreach (var problem in record.Problems)
        {
            importer.AddProblem(problem with { PatientId = patientId, RecordedById = doctorId }, doctorId);
        }

        foreach (var result in record.LabResults)
        {
            importer.AddLabResult(result with { PatientId = patientId, RecordedById = doctorId }, doctorId);
        }

        tally.Allergies += record.Allergies.Count;
        tally.Problems += record.Problems.Count;
        tally.LabResults += record.LabResults.Count;
        tally.Patients++;
    }
}
