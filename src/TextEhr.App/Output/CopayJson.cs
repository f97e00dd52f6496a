using TextEhr.Domain.Insurance;

namespace TextEhr.App.Output;

/// <summary>The 負担割合 to bill, the rule that gave it and a warning when staff should look at the card.</summary>
public sealed record CopayJson(int Tenths, string Label, CopayRateBasis? Basis, string Reason, string? Warning, bool IsOverride);
