namespace TextEhr.App.Bench;

/// <summary>Opening a chart: the patient (an audited view) and the newest 20 visits.</summary>
public sealed class LoadPatientCase : IBenchCase
{
    private const int Visits = 20;

    public string Name => "カルテを開く";

    public void Run(BenchContext context, BenchReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        var db = context.Database;
        var all = new List<double>();
        var full = new List<double>();
        foreach (var sample in context.Samples)
        {
            var count = 0;
            var ms = BenchTimer.Milliseconds(() =>
            {
                _ = db.Patients.Open(sample.Id, context.DoctorId);
                count = db.Charts.Recent(sample.Id, Visits, context.DoctorId).Count;
            });
            all.Add(ms);
            if (count == Visits)
            {
                full.Add(ms);
            }
        }

        report.Add("load.recent20", "患者を開く + 直近20回の記録", all);
        report.Add("load.recent20.full", "  うち記録が20回以上ある患者", full);
    }
}
