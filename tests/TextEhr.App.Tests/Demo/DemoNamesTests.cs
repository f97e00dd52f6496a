using TextEhr.App.Demo;
using TextEhr.Domain.Patients;
using TextEhr.Domain.Text;

namespace TextEhr.App.Tests.Demo;

public sealed class DemoNamesTests
{
    [Fact]
    public void The_tables_hold_about_150_surnames_and_100_given_names_per_sex()
    {
        Assert.InRange(DemoSurnames.All.Count, 150, 200);
        Assert.InRange(DemoGivenNames.All(Sex.Male).Count, 95, 130);
        Assert.InRange(DemoGivenNames.All(Sex.Female).Count, 95, 130);
        Assert.Equal(DemoSurnames.All.Count, DemoSurnames.All.Select(name => name.Kanji).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_reading_is_katakana()
    {
        var names = DemoSurnames.All.Concat(DemoGivenNames.All(Sex.Male)).Concat(DemoGivenNames.All(Sex.Female));

        Assert.All(names, name => Assert.True(name.Kana.All(c => c is (>= 'ァ' and <= 'ヶ') or 'ー'), name.ToString()));
    }

    [Fact]
    public void Variant_spellings_search_as_the_common_one()
    {
        foreach (var (common, variants) in DemoSurnames.Variants)
        {
            Assert.Contains(DemoSurnames.All, name => string.Equals(name.Kanji, common, StringComparison.Ordinal));
            Assert.All(variants, variant => Assert.Equal(KanaNormalizer.NormalizeName(common), KanaNormalizer.NormalizeName(variant)));
        }
    }
}
