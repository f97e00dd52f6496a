namespace TextEhr.Domain.Insurance;

/// <summary>
/// 負担割合 in tenths (割): 1, 2 or 3 under insurance, 0 when a 公費 pays everything, 10 for 自費.
/// </summary>
public readonly record struct CopayRate
{
    public static readonly CopayRate None = new(0);

    public static readonly CopayRate One = new(1);

    public static readonly CopayRate Two = new(2);

    public static readonly CopayRate Three = new(3);

    /// <summary>10割, 自費.</summary>
    public static readonly CopayRate Full = new(10);

    private CopayRate(int tenths)
    {
        Tenths = tenths;
    }

    /// <summary>0, 1, 2, 3 or 10.</summary>
    public int Tenths { get; }

    /// <summary>患者負担率 in percent (JAHIS record 24 writes it as <c>030</c>).</summary>
    public int Percent => Tenths * 10;

    /// <summary>給付率 in percent (<c>070</c>).</summary>
    public int BenefitPercent => 100 - Percent;

    public static bool IsAllowed(int tenths) => tenths is (>= 0 and <= 3) or 10;

    /// <summary>The rate of <paramref name="tenths"/> 割.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not 0, 1, 2, 3 or 10.</exception>
    public static CopayRate FromTenths(int tenths) =>
        IsAllowed(tenths)
            ? new CopayRate(tenths)
            : throw new ArgumentOutOfRangeException(nameof(tenths), tenths, "A copay rate is 0–3 or 10 tenths.");

    /// <summary><c>3割</c>.</summary>
    public override string ToString() => InsuranceMessages.RateLabel(this);
}
