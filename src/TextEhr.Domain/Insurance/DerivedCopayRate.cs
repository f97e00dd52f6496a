namespace TextEhr.Domain.Insurance;

/// <summary>The rate the patient's age and card give, and why.</summary>
/// <param name="Rate">The derived rate.</param>
/// <param name="Basis">The age rule that applied.</param>
/// <param name="Reason">A short Japanese explanation for the screen.</param>
/// <param name="IsAssumed">
/// True when the card's rate was missing or impossible for the age band and a default was used: the
/// staff should look at the card.
/// </param>
public sealed record DerivedCopayRate(CopayRate Rate, CopayRateBasis Basis, string Reason, bool IsAssumed);
