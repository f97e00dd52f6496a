namespace TextEhr.App.Demo;

/// <summary>
/// Births skewed old, as in a real internal-medicine clinic: a little over half the patients cluster
/// around 70 years of age, the rest spread over every age. Births stay within 1930–2023.
/// </summary>
internal static class DemoBirthDates
{
    public static readonly DateOnly Earliest = new(1930, 1, 1);
    public static readonly DateOnly Latest = new(2023, 12, 31);

    public static DateOnly Draw(DemoDice dice, DateOnly today)
    {
        var latest = today < Latest ? today : Latest;
        while (true)
        {
            var ageYears = dice.Chance(0.55) ? dice.Normal(71, 12) : dice.Unit() * 94;
            var birth = today.AddDays(-(int)(ageYears * 365.2425));
            if (birth >= Earliest && birth <= latest)
            {
                return birth;
            }
        }
    }
}
