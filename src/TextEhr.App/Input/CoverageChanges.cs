using TextEhr.Domain.Insurance;
using TextEhr.Domain.Patients;

namespace TextEhr.App.Input;

/// <summary>The insurance options given on a command line; null fields were not given.</summary>
public sealed record CoverageChanges
{
    public InsuranceKind? Kind { get; init; }

    public InsurerNumber? Insurer { get; init; }

    public string? Symbol { get; init; }

    public string? Number { get; init; }

    public string? Branch { get; init; }

    public InsuredRelationship? Relationship { get; init; }

    public DateOnly? ValidFrom { get; init; }

    public DateOnly? ValidTo { get; init; }

    public int? CardCopayTenths { get; init; }

    public int? CopayOverrideTenths { get; init; }

    public bool IsEmpty => this == new CoverageChanges();

    /// <summary>
    /// The card after these changes. The kind, when not given, follows a new 保険者番号 (39… 後期高齢者,
    /// 6 digits 国保, else 社保) or stays as it was.
    /// </summary>
    public Coverage Apply(Coverage? current, InputErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var kind = Kind ?? (Insurer is { } number ? KindOf(number, current?.Kind) : current?.Kind ?? InsuranceKind.Employee);
        var insurer = Insurer?.Value ?? current?.InsurerNumber ?? string.Empty;
        if (kind == InsuranceKind.SelfPay && insurer.Length > 0)
        {
            if (Insurer is not null)
            {
                errors.Add(Fields.Insurer, InputMessages.SelfPayHasInsurer);
            }

            insurer = string.Empty;
        }
        else if (kind != InsuranceKind.SelfPay && insurer.Length == 0)
        {
            errors.Add(Fields.Insurer, InputMessages.InsurerRequired);
        }

        var coverage = new Coverage
        {
            Kind = kind,
            InsurerNumber = insurer,
            CardSymbol = Symbol ?? current?.CardSymbol ?? string.Empty,
            CardNumber = Number ?? current?.CardNumber ?? string.Empty,
            BranchNumber = Branch ?? current?.BranchNumber ?? string.Empty,
            Relationship = Relationship ?? current?.Relationship ?? InsuredRelationship.Self,
            ValidFrom = ValidFrom ?? current?.ValidFrom,
            ValidTo = ValidTo ?? current?.ValidTo,
            CardCopayTenths = CardCopayTenths ?? current?.CardCopayTenths,
            CopayOverrideTenths = CopayOverrideTenths ?? current?.CopayOverrideTenths,
        };
        if (coverage.ValidFrom is { } from && coverage.ValidTo is { } to && to < from)
        {
            errors.Add(Fields.ValidTo, InputMessages.ValidityOrder);
        }

        return coverage;
    }

    private static InsuranceKind KindOf(InsurerNumber number, InsuranceKind? current)
    {
        if (number.IsLateElderly)
        {
            return InsuranceKind.LateElderly;
        }

        if (number.IsNationalHealthInsurance)
        {
            return InsuranceKind.National;
        }

        return current is null or InsuranceKind.National or InsuranceKind.LateElderly or InsuranceKind.SelfPay
            ? InsuranceKind.Employee
            : current.Value;
    }
}
