using TextEhr.Domain.Dates;

namespace TextEhr.Domain.Insurance;

/// <summary>
/// 負担割合 from age (JAPAN-EHR.md §5). Like myclinic-ts, it computes and warns but never silently
/// overrides what staff entered from the card.
/// </summary>
public static class CopayRateCalculator
{
    /// <summary>The rate for a patient born on <paramref name="birth"/> treated on <paramref name="on"/>.</summary>
    /// <param name="birth">生年月日.</param>
    /// <param name="on">診療日.</param>
    /// <param name="cardRate">The rate printed on the 高齢受給者証 or 後期高齢者 card, in 割, if entered.</param>
    public static DerivedCopayRate Derive(DateOnly birth, DateOnly on, int? cardRate)
    {
        var preschoolEnd = PreschoolLastDay(birth);
        if (on <= preschoolEnd)
        {
            return new(CopayRate.Two, CopayRateBasis.Preschool, InsuranceMessages.PreschoolReason(preschoolEnd), false);
        }

        // 後期高齢者医療 begins on the 75th birthday itself (3月1日 for a 2月29日 birth in a common year).
        var age = Age.FullYears(birth, on);
        if (age >= 75)
        {
            return cardRate is >= 1 and <= 3
                ? Card(CopayRate.FromTenths(cardRate.Value), CopayRateBasis.LateElderly, InsuranceMessages.LateElderlyReason)
                : new(CopayRate.One, CopayRateBasis.LateElderly, InsuranceMessages.LateElderlyAssumedReason(cardRate), true);
        }

        var elderlyFrom = ElderlyFirstDay(birth);
        if (on >= elderlyFrom)
        {
            return cardRate is 2 or 3
                ? Card(CopayRate.FromTenths(cardRate.Value), CopayRateBasis.Elderly, InsuranceMessages.ElderlyReason)
                : new(CopayRate.Two, CopayRateBasis.Elderly, InsuranceMessages.ElderlyAssumedReason(cardRate), true);
        }

        var reason = age >= 70
            ? InsuranceMessages.BeforeElderlyStartReason(elderlyFrom)
            : InsuranceMessages.WorkingAgeReason;
        return new(CopayRate.Three, CopayRateBasis.WorkingAge, reason, false);
    }

    /// <summary>
    /// The rate to bill: <paramref name="entered"/> when staff entered one, else the derived rate. Warns
    /// when they differ, or when nothing was entered and the derived rate is only an assumption.
    /// </summary>
    public static EffectiveCopayRate Effective(DerivedCopayRate derived, CopayRate? entered)
    {
        ArgumentNullException.ThrowIfNull(derived);
        if (entered is not { } rate)
        {
            return new(derived.Rate, derived.IsAssumed ? derived.Reason : null);
        }

        return rate == derived.Rate
            ? new(rate, null)
            : new(rate, InsuranceMessages.RateDiffersFromDerived(rate, derived.Rate));
    }

    /// <summary>
    /// The last day of 2割 for a small child: the first 3月31日 on or after the day the child reaches 6,
    /// which in law (年齢計算ニ関スル法律, 民法143条) is the day before the 6th birthday. So a child born
    /// on 4月1日 leaves 2割 a year earlier than birthday arithmetic says.
    /// </summary>
    public static DateOnly PreschoolLastDay(DateOnly birth)
    {
        var reachesSix = birth.AddYears(6).AddDays(-1);
        var marchEnd = new DateOnly(reachesSix.Year, 3, 31);
        return reachesSix <= marchEnd ? marchEnd : marchEnd.AddYears(1);
    }

    /// <summary>
    /// The first day of 高齢受給者: the 1st of the month after the month in which the patient reaches 70
    /// (the day before the birthday), hence the birthday month itself for someone born on the 1st.
    /// JAPAN-EHR.md §5 marks this rule (verify).
    /// </summary>
    public static DateOnly ElderlyFirstDay(DateOnly birth)
    {
        var reachesSeventy = birth.AddYears(70).AddDays(-1);
        return new DateOnly(reachesSeventy.Year, reachesSeventy.Month, 1).AddMonths(1);
    }

    private static DerivedCopayRate Card(CopayRate rate, CopayRateBasis basis, Func<CopayRate, string> reason) =>
        new(rate, basis, reason(rate), false);
}
