namespace TextEhr.App.Tests.Logging;

/// <summary>Serilog's self-log is process-wide: tests that point it somewhere run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SelfLogGroup
{
    public const string Name = "Serilog self-log";
}
