using System.Globalization;

namespace TextEhr.App.Demo;

/// <summary>Addresses as written on a 保険証 (都道府県 市区町村 町名 丁目-番-号, some with a building) and phones.</summary>
internal static class DemoAddressFactory
{
    private static readonly IReadOnlyList<string> Buildings =
        ["コーポ", "ハイツ", "メゾン", "レジデンス", "グランドハイツ", "パークハウス", "荘"];

    private static readonly IReadOnlyList<string> MobilePrefixes = ["090", "080", "070"];

    public static DemoAddress Draw(DemoDice dice, int age)
    {
        var roll = dice.Unit();
        var town = roll < 0.80 ? dice.Pick(DemoTowns.Neighbourhood)
            : roll < 0.95 ? dice.Pick(DemoTowns.NextDoor)
            : dice.Pick(DemoTowns.FarAway);
        var street = string.Create(
            CultureInfo.InvariantCulture, $"{dice.Between(1, 5)}丁目{dice.Between(1, 40)}-{dice.Between(1, 25)}");
        var address = $"{town.Prefecture}{town.City}{town.Town}{street}";
        if (dice.Chance(0.35))
        {
            var building = dice.Pick(Buildings);
            var name = string.Equals(building, "荘", StringComparison.Ordinal) ? town.Town + building : building + town.Town;
            address += string.Create(CultureInfo.InvariantCulture, $" {name}{dice.Between(1, 5)}0{dice.Between(1, 9)}");
        }

        var postal = town.PostalCode[..3] + "-" + town.PostalCode[3..];
        return new DemoAddress(town, postal, address, DrawPhone(dice, town, age));
    }

    /// <summary>Older patients give the home line; younger ones a mobile (090, 080, 070).</summary>
    private static string DrawPhone(DemoDice dice, DemoTown town, int age)
    {
        var mobileShare = age >= 75 ? 0.35 : age >= 60 ? 0.6 : 0.9;
        if (dice.Chance(mobileShare))
        {
            var prefix = dice.Pick(MobilePrefixes);
            return string.Create(CultureInfo.InvariantCulture, $"{prefix}-{dice.Between(1000, 9999)}-{dice.Digits(4)}");
        }

        // Area code + local exchange + subscriber number is always ten digits.
        var local = town.AreaCode.Length == 2 ? dice.Between(3000, 6999) : dice.Between(200, 999);
        return string.Create(CultureInfo.InvariantCulture, $"{town.AreaCode}-{local}-{dice.Digits(4)}");
    }
}
