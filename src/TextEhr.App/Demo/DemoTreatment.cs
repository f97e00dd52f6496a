using TextEhr.Domain.Patients;

namespace TextEhr.App.Demo;

/// <summary>
/// A regular patient's conditions and where each stands on its treatment pathway. The regimen mostly
/// stays the same from visit to visit (Do処方); now and then the doctor steps one condition up.
/// </summary>
internal sealed class DemoTreatment
{
    private const double StepUpChancePerVisit = 0.025;
    private readonly List<Course> _courses;

    private DemoTreatment(List<Course> courses)
    {
        _courses = courses;
        Conditions = [.. courses.Select(course => course.Condition)];
    }

    public IReadOnlyList<DemoChronicCondition> Conditions { get; }

    public IEnumerable<DemoDrug> Drugs => _courses.SelectMany(course => course.Pathway[course.Step]);

    public static DemoTreatment Draw(DemoDice dice, int age, Sex sex)
    {
        var courses = new List<Course>();
        foreach (var condition in DemoChronicConditions.All)
        {
            if (dice.Chance(condition.Prevalence(age, sex)))
            {
                courses.Add(new Course(condition, dice.Pick(condition.Pathways)));
            }
        }

        if (courses.Count == 0)
        {
            var condition = dice.Chance(0.6) ? DemoChronicConditions.Hypertension : DemoChronicConditions.Dyslipidaemia;
            courses.Add(new Course(condition, dice.Pick(condition.Pathways)));
        }

        return new DemoTreatment(courses);
    }

    public bool Has(DemoChronicCondition condition) => _courses.Exists(course => course.Condition == condition);

    /// <summary>How far the condition's treatment has been stepped up (0 = first regimen); -1 when absent.</summary>
    public int StepOf(DemoChronicCondition condition) => _courses.Find(course => course.Condition == condition)?.Step ?? -1;

    /// <summary>Maybe steps one condition up; returns what the doctor writes in P, or null for Do処方.</summary>
    public string? MaybeStepUp(DemoDice dice)
    {
        foreach (var course in _courses)
        {
            if (course.Step + 1 < course.Pathway.Count && dice.Chance(StepUpChancePerVisit))
            {
                var before = course.Pathway[course.Step];
                course.Step++;
                var added = course.Pathway[course.Step].Where(drug => !before.Contains(drug)).Select(drug => drug.Name);
                return $"{course.Condition.ProblemName}: {string.Join("、", added)}に変更・追加。";
            }
        }

        return null;
    }

    private sealed class Course(DemoChronicCondition condition, IReadOnlyList<IReadOnlyList<DemoDrug>> pathway)
    {
        public DemoChronicCondition Condition { get; } = condition;

        public IReadOnlyList<IReadOnlyList<DemoDrug>> Pathway { get; } = pathway;

        public int Step { get; set; }
    }
}
