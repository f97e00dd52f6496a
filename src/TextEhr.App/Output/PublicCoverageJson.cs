using TextEhr.Domain.Patients;

namespace TextEhr.App.Output;

/// <summary>One 公費 in JSON, in priority order.</summary>
public sealed record PublicCoverageJson(string PayerNumber, string RecipientNumber, DateOnly? ValidFrom, DateOnly? ValidTo)
{
    public static PublicCoverageJson From(PublicCoverage coverage)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        return new(coverage.PayerNumber, coverage.RecipientNumber, coverage.ValidFrom, coverage.ValidTo);
    }
}
