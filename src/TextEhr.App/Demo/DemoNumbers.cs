using System.Globalization;
using TextEhr.Domain.Insurance;

namespace TextEhr.App.Demo;

/// <summary>Builds card numbers whose 検証番号 is right, using the Domain's own rule.</summary>
internal static class DemoNumbers
{
    /// <summary>The data digits followed by their check digit.</summary>
    public static string WithCheckDigit(string dataDigits) =>
        dataDigits + CheckDigit.Compute(dataDigits).ToString(CultureInfo.InvariantCulture);

    /// <summary>受給者番号: six digits and a check digit.</summary>
    public static string Recipient(DemoDice dice) => WithCheckDigit(dice.Digits(6));
}
