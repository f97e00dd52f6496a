namespace TextEhr.Domain.Clinical;

/// <summary>転帰, as on the レセプト.</summary>
public enum ProblemOutcome
{
    /// <summary>継続 (still under care).</summary>
    Continuing = 0,

    /// <summary>治癒.</summary>
    Cured = 1,

    /// <summary>死亡.</summary>
    Died = 2,

    /// <summary>中止.</summary>
    Stopped = 3,

    /// <summary>転医.</summary>
    Transferred = 4,
}
