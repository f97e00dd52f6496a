using TextEhr.Domain.Clinical;

namespace TextEhr.App.Screens.Clinical;

/// <summary>A change to a problem as typed into the form: 転帰, 転帰日 and the two flags.</summary>
/// <param name="Outcome">転帰.</param>
/// <param name="OutcomeDate">転帰日 as typed; empty while 継続.</param>
/// <param name="IsPrimary">主病名.</param>
/// <param name="IsSuspected">疑い.</param>
public sealed record ProblemRevision(ProblemOutcome Outcome, string OutcomeDate, bool IsPrimary, bool IsSuspected);
