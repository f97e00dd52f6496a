namespace TextEhr.Domain.Insurance;

/// <summary>
/// 検証番号 of 保険者番号, 公費負担者番号 and 受給者番号 (JAPAN-EHR.md §3): from the rightmost data digit,
/// weights 2, 1, 2, 1 …; add the digits of the products; check = (10 − sum mod 10) mod 10.
/// </summary>
/// <remarks>
/// Doubling maps 0–9 onto 0–9 one to one after digit-summing, so every single wrong digit changes the
/// check; most swaps of neighbours are caught too.
/// </remarks>
public static class CheckDigit
{
    /// <summary>The check digit for <paramref name="dataDigits"/> (the number without its last digit).</summary>
    /// <exception cref="ArgumentException">A character is not an ASCII digit.</exception>
    public static int Compute(ReadOnlySpan<char> dataDigits)
    {
        var sum = 0;
        var weight = 2;
        for (var i = dataDigits.Length - 1; i >= 0; i--)
        {
            var c = dataDigits[i];
            if (!char.IsAsciiDigit(c))
            {
                throw new ArgumentException("Only ASCII digits have a check digit.", nameof(dataDigits));
            }

            var product = (c - '0') * weight;
            sum += (product / 10) + (product % 10);
            weight = 3 - weight;
        }

        return (10 - (sum % 10)) % 10;
    }

    /// <summary>True when <paramref name="number"/> is ASCII digits whose last one checks the others.</summary>
    public static bool IsValid(string? number)
    {
        if (number is null || number.Length < 2)
        {
            return false;
        }

        foreach (var c in number)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return Compute(number.AsSpan(0, number.Length - 1)) == number[^1] - '0';
    }
}
