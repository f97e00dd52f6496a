namespace TextEhr.App.Demo;

/// <summary>Running counts of what the generator has inserted.</summary>
internal sealed class DemoTally
{
    public int Patients { get; set; }

    public long Entries { get; set; }

    public long Prescriptions { get; set; }

    public long LabResults { get; set; }

    public long Allergies { get; set; }

    public long Problems { get; set; }

    public DemoSummary ToSummary(TimeSpan elapsed) =>
        new(Patients, Entries, Prescriptions, LabResults, Allergies, Problems, elapsed);
}
