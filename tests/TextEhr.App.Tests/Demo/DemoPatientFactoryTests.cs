using TextEhr.App.Demo;
using TextEhr.Domain.Dates;
using TextEhr.Domain.Prescriptions;

namespace TextEhr.App.Tests.Demo;

/// <summary>The shape of the synthetic population, drawn without a database (2,000 patients).</summary>
public sealed class DemoPatientFactoryTests
{
    private static readonly DateOnly Today = new(2025, 6, 30);

    private static readonly IReadOnlyList<DemoPatientRecord> Clinic =
        [.. Enumerable.Range(0, 2_000).Select(i => DemoPatientFactory.Create(11, i, Today))];

    [Fact]
    public void The_same_seed_and_index_give_the_same_patient()
    {
        var again = DemoPatientFactory.Create(11, 0, Today);

        Assert.Equal(Clinic[0].Patient.Name, again.Patient.Name);
        Assert.Equal(Clinic[0].Visits.Count, again.Visits.Count);
        Assert.Equal(Clinic[0].Visits[^1].Content.Subjective, again.Visits[^1].Content.Subjective);
    }

    [Fact]
    public void Patients_skew_old_as_in_a_clinic()
    {
        var ages = Clinic.Select(r => Age.FullYears(r.Patient.BirthDate, Today)).Order().ToList();

        Assert.InRange(ages[ages.Count / 2], 55, 80);
        Assert.Contains(ages, age => age < 10);
        Assert.Contains(ages, age => age >= 90);
    }

    [Fact]
    public void Some_names_use_variant_kanji()
    {
        var variants = DemoSurnames.Variants.Values.SelectMany(v => v).ToHashSet(StringComparer.Ordinal);

        Assert.Contains(Clinic, r => variants.Contains(r.Patient.Name.Family));
    }

    [Fact]
    public void Regulars_have_years_of_visits_and_the_rest_a_few()
    {
        var regulars = Clinic.Where(r => r.Visits.Count >= 20).ToList();

        Assert.InRange(regulars.Count, Clinic.Count / 10, Clinic.Count * 3 / 10);
        Assert.Contains(regulars, r => r.Visits[^1].Date.DayNumber - r.Visits[0].Date.DayNumber > 9 * 365);
        Assert.All(Clinic, r => Assert.NotEmpty(r.Visits));
        Assert.All(Clinic.SelectMany(r => r.Visits), v => Assert.InRange(v.Date, Today.AddYears(-10).AddDays(-7), Today));
    }

    [Fact]
    public void Regular_prescriptions_are_mostly_repeated_from_the_last_visit()
    {
        var repeated = 0;
        var total = 0;
        foreach (var record in Clinic.Where(r => r.Visits.Count >= 20))
        {
            // Follow-up visits plan the next one; acute visits in between do not.
            var drugs = record.Visits.Where(v => v.Content.Plan.Contains("次回", StringComparison.Ordinal))
                .Select(v => Drugs(v.Content.Prescription)).ToList();
            for (var i = 1; i < drugs.Count; i++)
            {
                total++;
                repeated += string.Equals(drugs[i], drugs[i - 1], StringComparison.Ordinal) ? 1 : 0;
            }
        }

        Assert.InRange(repeated / (double)total, 0.75, 0.99);
    }

    [Fact]
    public void Allergies_problems_and_public_payers_occur()
    {
        Assert.InRange(Clinic.Count(r => r.Allergies.Count > 0), Clinic.Count / 30, Clinic.Count / 6);
        Assert.Contains(Clinic.SelectMany(r => r.Problems), p => p.IsSuspected);
        Assert.Contains(Clinic.SelectMany(r => r.Problems), p => p.IsPrimary);
        Assert.Contains(Clinic.SelectMany(r => r.Problems), p => p.Outcome == Domain.Clinical.ProblemOutcome.Cured);
        var laws = Clinic.SelectMany(r => r.Patient.PublicCoverages).Select(p => p.PayerNumber[..2]).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(new HashSet<string>(StringComparer.Ordinal) { "12", "21", "54" }, laws);
    }

    [Fact]
    public void Problems_start_before_they_end_and_never_end_in_the_future()
    {
        Assert.All(Clinic.SelectMany(r => r.Problems), p =>
        {
            Assert.True(p.OnsetDate <= Today, p.ToString());
            Assert.Equal(p.Outcome == Domain.Clinical.ProblemOutcome.Continuing, p.OutcomeDate is null);
            Assert.True(p.OutcomeDate is null || (p.OutcomeDate >= p.OnsetDate && p.OutcomeDate <= Today), p.ToString());
        });
    }

    [Fact]
    public void A_penicillin_allergic_patient_never_gets_a_penicillin()
    {
        var allergic = Clinic.Where(r => r.Allergies.Any(a => a.Substance.Contains("ペニシリン", StringComparison.Ordinal) || string.Equals(a.Substance, "アモキシシリン", StringComparison.Ordinal)));

        Assert.All(
            allergic.SelectMany(r => r.Visits),
            v => Assert.DoesNotContain("アモキシシリン", Drugs(v.Content.Prescription), StringComparison.Ordinal));
    }

    private static string Drugs(Prescription? prescription) => prescription is null
        ? string.Empty
        : string.Join("|", prescription.Groups.SelectMany(g => g.Items).Select(i => i.DrugName));
}
