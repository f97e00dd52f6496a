namespace TextEhr.Domain.Insurance;

/// <summary>The rate to bill, and a Japanese warning when staff should check it, or null.</summary>
public sealed record EffectiveCopayRate(CopayRate Rate, string? Warning);
