namespace TextEhr.App.Bench;

/// <summary>
/// One group of measured operations. A later issue adds its rows by writing a case and listing it in
/// <see cref="BenchmarkRunner.Cases"/>.
/// </summary>
public interface IBenchCase
{
    /// <summary>Shown while the case runs.</summary>
    string Name { get; }

    void Run(BenchContext context, BenchReport report);
}
