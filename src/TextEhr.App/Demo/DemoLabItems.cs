using TextEhr.Domain.Patients;

namespace TextEhr.App.Demo;

/// <summary>The blood tests of chronic-disease follow-up; some ranges differ by sex.</summary>
internal static class DemoLabItems
{
    public static readonly DemoLabItem HbA1c = new("HbA1c", "%", 1, 4.9m, 6.0m);
    public static readonly DemoLabItem Glucose = new("血糖", "mg/dL", 0, 73m, 109m);
    public static readonly DemoLabItem Ldl = new("LDL-C", "mg/dL", 0, 65m, 139m);
    public static readonly DemoLabItem Triglycerides = new("TG", "mg/dL", 0, 30m, 149m);
    public static readonly DemoLabItem Ast = new("AST", "U/L", 0, 13m, 30m);
    public static readonly DemoLabItem EGfr = new("eGFR", "mL/min/1.73m2", 1, 60m, null);
    public static readonly DemoLabItem Sodium = new("Na", "mmol/L", 0, 138m, 145m);
    public static readonly DemoLabItem Potassium = new("K", "mmol/L", 1, 3.6m, 4.8m);

    private static readonly DemoLabItem HdlMale = new("HDL-C", "mg/dL", 0, 38m, 90m);
    private static readonly DemoLabItem HdlFemale = new("HDL-C", "mg/dL", 0, 48m, 103m);
    private static readonly DemoLabItem AltMale = new("ALT", "U/L", 0, 10m, 42m);
    private static readonly DemoLabItem AltFemale = new("ALT", "U/L", 0, 7m, 23m);
    private static readonly DemoLabItem CreatinineMale = new("Cre", "mg/dL", 2, 0.65m, 1.07m);
    private static readonly DemoLabItem CreatinineFemale = new("Cre", "mg/dL", 2, 0.46m, 0.79m);
    private static readonly DemoLabItem UricAcidMale = new("UA", "mg/dL", 1, 3.7m, 7.8m);
    private static readonly DemoLabItem UricAcidFemale = new("UA", "mg/dL", 1, 2.6m, 5.5m);

    public static DemoLabItem Hdl(Sex sex) => sex == Sex.Male ? HdlMale : HdlFemale;

    public static DemoLabItem Alt(Sex sex) => sex == Sex.Male ? AltMale : AltFemale;

    public static DemoLabItem Creatinine(Sex sex) => sex == Sex.Male ? CreatinineMale : CreatinineFemale;

    public static DemoLabItem UricAcid(Sex sex) => sex == Sex.Male ? UricAcidMale : UricAcidFemale;
}
