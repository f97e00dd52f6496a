namespace TextEhr.Domain.Insurance;

/// <summary>Which age rule of JAPAN-EHR.md §5 gave a <see cref="DerivedCopayRate"/>.</summary>
public enum CopayRateBasis
{
    /// <summary>未就学児: 2割.</summary>
    Preschool,

    /// <summary>From school age to 69, and in the month of turning 70: 3割.</summary>
    WorkingAge,

    /// <summary>高齢受給者, 70–74: the card's 2割 or 3割.</summary>
    Elderly,

    /// <summary>後期高齢者, 75 and over: the card's 1割, 2割 or 3割.</summary>
    LateElderly,
}
