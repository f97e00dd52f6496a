using TextEhr.Domain.Patients;

namespace TextEhr.App.Output;

/// <summary>保険 in JSON, with the derived 負担割合.</summary>
public sealed record CoverageJson(
    InsuranceKind Kind,
    string KindLabel,
    string InsurerNumber,
    string Symbol,
    string Number,
    string Branch,
    InsuredRelationship Relationship,
    string RelationshipLabel,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    int? CardCopayTenths,
    int? CopayOverrideTenths,
    CopayJson Copay)
{
    public static CoverageJson From(Coverage coverage, CopayJson copay)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        return new(
            coverage.Kind,
            DisplayText.Of(coverage.Kind),
            coverage.InsurerNumber,
            coverage.CardSymbol,
            coverage.CardNumber,
            coverage.BranchNumber,
            coverage.Relationship,
            DisplayText.Of(coverage.Relationship),
            coverage.ValidFrom,
            coverage.ValidTo,
            coverage.CardCopayTenths,
            coverage.CopayOverrideTenths,
            copay);
    }
}
