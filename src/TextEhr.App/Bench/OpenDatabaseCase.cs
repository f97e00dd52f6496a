using TextEhr.Storage;

namespace TextEhr.App.Bench;

/// <summary>Opening the clinic's database as the program does at start (schema check included), repeated.</summary>
public sealed class OpenDatabaseCase : IBenchCase
{
    private const int Opens = 20;

    public string Name => "DBを開く";

    public void Run(BenchContext context, BenchReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        var times = new List<double>(Opens);
        for (var i = 0; i < Opens; i++)
        {
            times.Add(BenchTimer.Milliseconds(() =>
            {
                using var db = ClinicDatabase.Open(context.DatabasePath, context.Time);
            }));
        }

        report.Add("open", "DBを開く (ClinicDatabase.Open)", times);
    }
}
