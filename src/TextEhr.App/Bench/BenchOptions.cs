namespace TextEhr.App.Bench;

/// <summary>What <c>textehr bench</c> builds and how it reports.</summary>
/// <param name="Patients">Patients in the synthetic clinic (the figure is 100,000).</param>
/// <param name="WorkFolder">
/// Where the clinic is built; a temporary folder, removed afterwards, when null. A folder that already
/// holds a bench database is measured again without rebuilding.
/// </param>
/// <param name="Json">Print JSON instead of the table.</param>
/// <param name="UiRuns">Fresh processes for the start-up rows (<see cref="UiStartCase"/>); 0 skips them.</param>
/// <param name="Only">Runs only the cases whose name contains this text (<c>--only backup</c>); null runs all.</param>
public sealed record BenchOptions(
    int Patients = BenchOptions.DefaultPatients, string? WorkFolder = null, bool Json = false, int UiRuns = UiStartCase.DefaultRuns, string? Only = null)
{
    public const int DefaultPatients = 100_000;
}
