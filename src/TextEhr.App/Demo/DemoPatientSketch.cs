using TextEhr.Domain.Patients;

namespace TextEhr.App.Demo;

/// <summary>What the history generator needs to know about a patient: sex, birth, age today, drug allergies.</summary>
internal sealed record DemoPatientSketch(Sex Sex, DateOnly Birth, int Age, IReadOnlySet<string> AllergyClasses);
