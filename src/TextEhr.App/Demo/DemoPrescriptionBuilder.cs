using TextEhr.Domain.Prescriptions;

namespace TextEhr.App.Demo;

/// <summary>Groups drugs into Rp as a doctor writes them: one Rp per 用法, each with its 日数 or 回数.</summary>
internal static class DemoPrescriptionBuilder
{
    /// <summary>The regular drugs, for <paramref name="days"/> days (weekly drugs in doses, hypnotics capped).</summary>
    public static Prescription Regular(IEnumerable<DemoDrug> drugs, int days)
    {
        var groups = drugs
            .GroupBy(drug => (drug.Usage, drug.Form, drug.IsWeekly, drug.MaxDays))
            .Select(group => new PrescriptionGroup
            {
                Form = group.Key.Form,
                Items = [.. group.Select(drug => drug.ToItem())],
                Usage = group.Key.Usage,
                Duration = group.Key.IsWeekly ? Math.Max(1, days / 7) : Math.Min(days, group.Key.MaxDays ?? days),
                DurationUnit = DurationUnit.Days,
            });
        return new Prescription { Groups = [.. groups] };
    }

    /// <summary>An acute prescription; drugs the patient is allergic to are swapped for the alternative.</summary>
    public static Prescription? Acute(IEnumerable<DemoAcuteRp> rps, IReadOnlySet<string> allergyClasses)
    {
        var groups = new List<PrescriptionGroup>();
        foreach (var rp in rps)
        {
            var drug = rp.Drug.AllergyClass is { } drugClass && allergyClasses.Contains(drugClass) ? rp.Alternative : rp.Drug;
            if (drug is null || (drug.AllergyClass is { } altClass && allergyClasses.Contains(altClass)))
            {
                continue;
            }

            groups.Add(new PrescriptionGroup
            {
                Form = drug.Form,
                Items = [drug.ToItem()],
                Usage = drug.Usage,
                Duration = drug.Form == DosageForm.External ? 1 : rp.Duration,
                DurationUnit = drug.Form switch
                {
                    DosageForm.AsNeeded => DurationUnit.Times,
                    DosageForm.External => DurationUnit.Quantity,
                    _ => DurationUnit.Days,
                },
            });
        }

        return groups.Count == 0 ? null : new Prescription { Groups = groups };
    }
}
