using System.Globalization;
using TextEhr.App.Demo;
using TextEhr.Domain.Clinical;
using TextEhr.Domain.Patients;
using TextEhr.Storage;

namespace TextEhr.App.Bench;

/// <summary>
/// The child of the crash-safety test (<c>textehr bench confirm-loop --data DIR</c>): confirms notes
/// until killed, printing <c>CONFIRMED id</c> only after Confirm has returned, so every printed id is a
/// promise that the note survives the kill.
/// </summary>
public static class ConfirmLoop
{
    public const string ConfirmedPrefix = "CONFIRMED ";

    /// <summary>Never returns normally; the parent kills the process.</summary>
    public static int Run(string dataFolder, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(dataFolder);
        ArgumentNullException.ThrowIfNull(output);
        Directory.CreateDirectory(dataFolder);
        var time = TimeProvider.System;
        using var db = ClinicDatabase.Open(Path.Combine(dataFolder, BenchmarkRunner.DatabaseFileName), time);
        var doctorId = DemoDoctor.Ensure(db.Users);
        var patient = db.Patients.Add(
            new Patient
            {
                Name = new PersonName("試験", "太郎"),
                KanaName = new PersonName("シケン", "タロウ"),
                Sex = Sex.Male,
                BirthDate = new DateOnly(1950, 4, 1),
            },
            doctorId);
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        for (var n = 1L; ; n++)
        {
            var content = new ChartEntryContent
            {
                Subjective = string.Create(CultureInfo.InvariantCulture, $"クラッシュ試験 {n} 件目。"),
                Plan = "Do処方。",
            };
            var draft = db.Charts.CreateDraft(patient.Id, today, content, doctorId);
            var confirmed = db.Charts.Confirm(draft.Id, doctorId);
            output.Write(ConfirmedPrefix);
            output.WriteLine(confirmed.Id.ToString(CultureInfo.InvariantCulture));
            output.Flush();
        }
    }
}
