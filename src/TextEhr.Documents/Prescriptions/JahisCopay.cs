using System.Globalization;
using TextEhr.Domain.Insurance;
using TextEhr.Domain.Patients;

namespace TextEhr.Documents.Prescriptions;

/// <summary>
/// JAHIS records 14 (一部負担区分) and 24 (負担・給付率) from the domain's copay rules (JAPAN-EHR.md §5).
/// A rate the domain only assumes (an elderly card whose rate was never entered) is left out rather
/// than put in the code as if it were known.
/// </summary>
public static class JahisCopay
{
    /// <summary>Record 14's code: 1 高齢者一般, 2 高齢者7割, 3 6歳未満, 5 高齢者8割; null when none applies or it is unknown.</summary>
    public static string? PartialPaymentCode(Patient patient, DateOnly issued)
    {
        if (Known(patient, issued) is not { } known)
        {
            return null;
        }

        return known.Basis switch
        {
            CopayRateBasis.Preschool => "3",
            CopayRateBasis.Elderly or CopayRateBasis.LateElderly => known.Rate.Tenths switch
            {
                1 => "1",
                2 => "5",
                3 => "2",
                _ => null,
            },
            _ => null,
        };
    }

    /// <summary>Record 24's fields, 患者負担率 then 保険給付率 in three digits (<c>030</c>, <c>070</c>); null when unknown.</summary>
    public static (string Copay, string Benefit)? Rates(Patient patient, DateOnly issued)
    {
        if (Known(patient, issued) is not { } known)
        {
            return null;
        }

        return (Three(known.Rate.Percent), Three(known.Rate.BenefitPercent));
    }

    private static (CopayRate Rate, CopayRateBasis Basis)? Known(Patient patient, DateOnly issued)
    {
        ArgumentNullException.ThrowIfNull(patient);
        if (patient.Insurance is not { } coverage || coverage.Kind == InsuranceKind.SelfPay)
        {
            return null;
        }

        var entered = coverage.CopayOverrideTenths is { } tenths && CopayRate.IsAllowed(tenths) ? CopayRate.FromTenths(tenths) : (CopayRate?)null;
        var on = issued < patient.BirthDate ? patient.BirthDate : issued;
        var derived = CopayRateCalculator.Derive(patient.BirthDate, on, coverage.CardCopayTenths);
        if (entered is null && derived.IsAssumed)
        {
            return null;
        }

        return (CopayRateCalculator.Effective(derived, entered).Rate, derived.Basis);
    }

    private static string Three(int percent) => percent.ToString("000", CultureInfo.InvariantCulture);
}
