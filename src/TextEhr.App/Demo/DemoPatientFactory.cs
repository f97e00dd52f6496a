using TextEhr.Domain.Clinical;
using TextEhr.Domain.Dates;
using TextEhr.Domain.Patients;

namespace TextEhr.App.Demo;

/// <summary>Draws one whole patient from its own dice: person, insurance, allergies and history.</summary>
internal static class DemoPatientFactory
{
    private static readonly IReadOnlyList<string> Memos =
        ["耳が遠いので大きな声で。", "娘さんが付き添い。", "車椅子で来院。", "午前中の受診を希望。", "杖歩行。"];

    public static DemoPatientRecord Create(int seed, int index, DateOnly today)
    {
        var dice = DemoDice.ForPatient(seed, index);
        var sex = dice.Chance(0.53) ? Sex.Female : Sex.Male;
        var birth = DemoBirthDates.Draw(dice, today);
        var age = Age.FullYears(birth, today);
        var address = DemoAddressFactory.Draw(dice, age);
        var insurance = DemoCoverageFactory.Draw(dice, birth, sex, address.Town, today);
        var allergens = DrawAllergens(dice);
        var classes = allergens.Select(a => a.DrugClass).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var sketch = new DemoPatientSketch(sex, birth, age, classes);
        var history = DemoHistoryFactory.Draw(dice, sketch, today);
        var firstVisit = history.Visits[0];
        var registeredAt = firstVisit.At.AddMinutes(-dice.Between(5, 30));
        var patient = new Patient
        {
            Name = DrawName(dice, sex, birth, out var kana),
            KanaName = kana,
            Sex = sex,
            BirthDate = birth,
            PostalCode = address.PostalCode,
            Address = address.Address,
            Phone = address.Phone,
            Memo = age >= 80 && dice.Chance(0.1) ? dice.Pick(Memos) : string.Empty,
            Insurance = insurance.Coverage,
            PublicCoverages = insurance.PublicCoverages,
        };
        var allergies = allergens.Select(allergen => new Allergy
        {
            Category = allergen.Category,
            Substance = allergen.Substance,
            Reaction = allergen.Reaction,
            Verification = dice.Chance(0.7) ? AllergyVerification.Confirmed : AllergyVerification.SelfReported,
            RecordedAt = firstVisit.At,
        }).ToList();
        return new DemoPatientRecord(patient, registeredAt, history.Visits, allergies, history.Problems, history.LabResults);
    }

    private static PersonName DrawName(DemoDice dice, Sex sex, DateOnly birth, out PersonName kana)
    {
        var family = DemoSurnames.All[dice.Weighted(DemoSurnames.Weights)];
        var given = dice.Pick(DemoGivenNames.ForGeneration(sex, birth.Year + dice.Between(-5, 5)));
        var written = family.Kanji;
        if (DemoSurnames.Variants.TryGetValue(family.Kanji, out var variants) && dice.Chance(0.12))
        {
            written = dice.Pick(variants);
        }

        kana = new PersonName(family.Kana, given.Kana);
        return new PersonName(written, given.Kanji);
    }

    private static List<DemoAllergen> DrawAllergens(DemoDice dice)
    {
        var allergens = new List<DemoAllergen>();
        if (dice.Chance(0.08))
        {
            allergens.Add(DemoAllergens.All[dice.Weighted(DemoAllergens.Weights)]);
            var second = DemoAllergens.All[dice.Weighted(DemoAllergens.Weights)];
            if (dice.Chance(0.15) && !allergens.Contains(second))
            {
                allergens.Add(second);
            }
        }

        return allergens;
    }
}
