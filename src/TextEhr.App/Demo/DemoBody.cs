using TextEhr.Domain.Clinical;
using TextEhr.Domain.Patients;

namespace TextEhr.App.Demo;

/// <summary>
/// A regular patient's physiology: baselines for blood pressure, weight and lab values, moved by the
/// treatment step and by slow drift over the years, plus day-to-day noise.
/// </summary>
internal sealed class DemoBody
{
    private readonly double _systolic;
    private readonly double _bmi;

    public DemoBody(DemoDice dice, DemoTreatment treatment, Sex sex, DateOnly birth)
    {
        Sex = sex;
        Birth = birth;
        HeightCm = dice.Normal(sex == Sex.Male ? 160 + ((birth.Year - 1930) * 0.15) : 148 + ((birth.Year - 1930) * 0.13), 5.5);
        _bmi = dice.Normal(treatment.Has(DemoChronicConditions.Diabetes) ? 25.5 : 23.5, 3);
        _systolic = treatment.Has(DemoChronicConditions.Hypertension) ? dice.Normal(150, 10) : dice.Normal(124, 9);
        HbA1c = treatment.Has(DemoChronicConditions.Diabetes) ? dice.Normal(7.6, 0.7) : dice.Normal(5.6, 0.25);
        Ldl = treatment.Has(DemoChronicConditions.Dyslipidaemia) ? dice.Normal(168, 18) : dice.Normal(118, 20);
        Hdl = dice.Normal(sex == Sex.Male ? 52 : 62, 10);
        Triglycerides = dice.Normal(130, 35);
        Creatinine = dice.Normal(sex == Sex.Male ? 0.85 : 0.62, 0.1);
        UricAcid = treatment.Has(DemoChronicConditions.Hyperuricaemia) ? dice.Normal(8.4, 0.6) : dice.Normal(sex == Sex.Male ? 5.8 : 4.5, 0.7);
        Ast = dice.Normal(22, 5);
        Alt = dice.Normal(20, 7);
    }

    public Sex Sex { get; }

    public DateOnly Birth { get; }

    public double HeightCm { get; }

    public double HbA1c { get; }

    public double Ldl { get; }

    public double Hdl { get; }

    public double Triglycerides { get; }

    public double Creatinine { get; }

    public double UricAcid { get; }

    public double Ast { get; }

    public double Alt { get; }

    public Vitals Measure(DemoDice dice, DemoTreatment treatment, bool withHeight)
    {
        var systolic = _systolic - (6 * Math.Max(0, treatment.StepOf(DemoChronicConditions.Hypertension) + 1)) + dice.Normal(0, 8);
        var diastolic = (systolic * 0.55) + dice.Normal(8, 5);
        var heightMetres = HeightCm / 100;
        return new Vitals
        {
            Systolic = (int)Math.Round(systolic),
            Diastolic = (int)Math.Round(diastolic),
            Pulse = (int)Math.Round(dice.Normal(72, 8)),
            TemperatureCelsius = dice.Chance(0.3) ? Round(dice.Normal(36.4, 0.2), 1) : null,
            SpO2 = dice.Chance(0.3) ? Math.Min(99, (int)Math.Round(dice.Normal(97.5, 1))) : null,
            HeightCm = withHeight ? Round(HeightCm + dice.Normal(0, 0.3), 1) : null,
            WeightKg = dice.Chance(0.9) ? Round((_bmi * heightMetres * heightMetres) + dice.Normal(0, 0.8), 1) : null,
        };
    }

    internal static decimal Round(double value, int decimals) =>
        Math.Round((decimal)value, decimals, MidpointRounding.AwayFromZero);
}
