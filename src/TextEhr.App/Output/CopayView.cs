using TextEhr.Domain.Insurance;
using TextEhr.Domain.Patients;

namespace TextEhr.App.Output;

/// <summary>
/// The 負担割合 a patient pays today and why: derived from age and the card, an entered override
/// winning (with a warning when it disagrees), 10割 for 自費.
/// </summary>
public static class CopayView
{
    public static CopayJson? Of(Patient patient, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(patient);
        if (patient.Insurance is not { } coverage)
        {
            return null;
        }

        var entered = coverage.CopayOverrideTenths is { } tenths && CopayRate.IsAllowed(tenths)
            ? CopayRate.FromTenths(tenths)
            : (CopayRate?)null;
        if (coverage.Kind == InsuranceKind.SelfPay)
        {
            var rate = entered ?? CopayRate.Full;
            return new CopayJson(rate.Tenths, rate.ToString(), null, DisplayText.SelfPayReason, null, entered is not null);
        }

        var on = today < patient.BirthDate ? patient.BirthDate : today;
        var derived = CopayRateCalculator.Derive(patient.BirthDate, on, coverage.CardCopayTenths);
        var effective = CopayRateCalculator.Effective(derived, entered);
        return new CopayJson(
            effective.Rate.Tenths,
            effective.Rate.ToString(),
            derived.Basis,
            derived.Reason,
            effective.Warning,
            entered is not null);
    }
}
