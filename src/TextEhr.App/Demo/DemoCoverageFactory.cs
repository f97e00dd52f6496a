using System.Globalization;
using TextEhr.Domain.Dates;
using TextEhr.Domain.Patients;

namespace TextEhr.App.Demo;

/// <summary>
/// Insurance as a clinic's patients carry it: 後期高齢者 from 75, 国保 for the self-employed and the
/// retired, 協会けんぽ / 健保組合 / 共済 for employees and their families; 高齢受給者 (70–74) and
/// 後期高齢者 cards print the copay. A few patients have 公費 (難病, 精神通院) or live on 生活保護.
/// </summary>
internal static class DemoCoverageFactory
{
    // 法別番号: 31 国家公務員共済, 32 地方公務員共済, 34 私学共済.
    private static readonly IReadOnlyList<string> MutualAidLaws = ["31", "32", "34"];

    // A handful of 健保組合 per prefecture, so that colleagues share one insurer number.
    private static readonly IReadOnlyList<string> SocietyCodes = ["016", "027", "038", "101", "142", "255", "310", "457"];

    public static DemoInsurance Draw(DemoDice dice, DateOnly birth, Sex sex, DemoTown town, DateOnly today)
    {
        var age = Age.FullYears(birth, today);
        if (dice.Chance(0.015))
        {
            // 生活保護: no health insurance; the 医療扶助 pays as 公費 12.
            return new DemoInsurance(null, [Public(dice, "12", town, today)]);
        }

        var coverage = age >= 75 ? LateElderly(dice, birth, town, today)
            : IsNational(dice, age) ? National(dice, town, age, today)
            : Employee(dice, age, sex, town, today);
        if (age is >= 70 and < 75)
        {
            coverage = coverage with { CardCopayTenths = dice.Chance(0.8) ? 2 : 3 };
        }

        var publicCoverages = new List<PublicCoverage>();
        if (age >= 18 && dice.Chance(0.012))
        {
            publicCoverages.Add(Public(dice, "54", town, today));
        }

        if (age is >= 15 and < 85 && dice.Chance(0.015))
        {
            publicCoverages.Add(Public(dice, "21", town, today));
        }

        return new DemoInsurance(coverage, publicCoverages);
    }

    private static bool IsNational(DemoDice dice, int age) =>
        dice.Chance(age switch { >= 70 => 0.6, >= 60 => 0.5, >= 20 => 0.2, _ => 0.15 });

    private static Coverage LateElderly(DemoDice dice, DateOnly birth, DemoTown town, DateOnly today)
    {
        var seventyFifth = birth.AddYears(75);
        var august = new DateOnly(today.Month >= 8 ? today.Year : today.Year - 1, 8, 1);
        return new Coverage
        {
            Kind = InsuranceKind.LateElderly,
            InsurerNumber = DemoNumbers.WithCheckDigit("39" + town.PrefectureCode + town.MunicipalCode),
            CardNumber = dice.Digits(8),
            Relationship = InsuredRelationship.Self,
            ValidFrom = seventyFifth > august ? seventyFifth : august,
            ValidTo = august.AddYears(1).AddDays(-1),
            CardCopayTenths = dice.Weighted([0.8, 0.12, 0.08]) + 1,
        };
    }

    private static Coverage National(DemoDice dice, DemoTown town, int age, DateOnly today)
    {
        var october = new DateOnly(today.Month >= 10 ? today.Year : today.Year - 1, 10, 1);
        return new Coverage
        {
            Kind = InsuranceKind.National,
            InsurerNumber = DemoNumbers.WithCheckDigit(town.PrefectureCode + town.MunicipalCode),
            CardSymbol = dice.Between(1, 40).ToString("00", CultureInfo.InvariantCulture),
            CardNumber = dice.Digits(7),
            BranchNumber = (age < 20 ? dice.Between(2, 4) : dice.Between(1, 2)).ToString("00", CultureInfo.InvariantCulture),
            Relationship = InsuredRelationship.Self,
            ValidFrom = october,
            ValidTo = october.AddYears(1).AddDays(-1),
        };
    }

    private static Coverage Employee(DemoDice dice, int age, Sex sex, DemoTown town, DateOnly today)
    {
        // Children, and some spouses, are 被扶養者 on a parent's or partner's card.
        var dependent = age < 20 || (age >= 60 && dice.Chance(0.3)) || (sex == Sex.Female && dice.Chance(0.35));
        var roll = dice.Unit();
        string insurer;
        string symbol;
        string number;
        if (roll < 0.5)
        {
            // 協会けんぽ: one insurer per prefecture branch, 01 + 都道府県 + 001.
            insurer = DemoNumbers.WithCheckDigit("01" + town.PrefectureCode + "001");
            symbol = dice.Digits(8);
            number = dice.Between(1, 999999).ToString(CultureInfo.InvariantCulture);
        }
        else if (roll < 0.85)
        {
            insurer = DemoNumbers.WithCheckDigit("06" + town.PrefectureCode + dice.Pick(SocietyCodes));
            symbol = dice.Between(1, 9999).ToString(CultureInfo.InvariantCulture);
            number = dice.Between(1, 99999).ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            insurer = DemoNumbers.WithCheckDigit(dice.Pick(MutualAidLaws) + town.PrefectureCode + dice.Between(100, 999).ToString(CultureInfo.InvariantCulture));
            symbol = dice.Between(1, 99).ToString(CultureInfo.InvariantCulture) + "・" + dice.Between(1, 999).ToString(CultureInfo.InvariantCulture);
            number = dice.Digits(6);
        }

        return new Coverage
        {
            Kind = InsuranceKind.Employee,
            InsurerNumber = insurer,
            CardSymbol = symbol,
            CardNumber = number,
            BranchNumber = (dependent ? dice.Between(1, 4) : 0).ToString("00", CultureInfo.InvariantCulture),
            Relationship = dependent ? InsuredRelationship.Dependent : InsuredRelationship.Self,
            ValidFrom = today.AddDays(-dice.Between(30, 365 * 15)),
        };
    }

    /// <summary>A 公費 of one 法別番号 issued by the patient's prefecture, renewed every April.</summary>
    private static PublicCoverage Public(DemoDice dice, string law, DemoTown town, DateOnly today)
    {
        var april = new DateOnly(today.Month >= 4 ? today.Year : today.Year - 1, 4, 1);
        return new PublicCoverage
        {
            PayerNumber = DemoNumbers.WithCheckDigit(law + town.PrefectureCode + dice.Between(100, 199).ToString(CultureInfo.InvariantCulture)),
            RecipientNumber = DemoNumbers.Recipient(dice),
            ValidFrom = april,
            ValidTo = april.AddYears(1).AddDays(-1),
        };
    }
}
