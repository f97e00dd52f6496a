using TextEhr.Domain.Clinical;

namespace TextEhr.App.Demo;

/// <summary>Something patients react to, how, and for drugs the class the prescriber then avoids.</summary>
internal sealed record DemoAllergen(AllergyCategory Category, string Substance, string Reaction, string? DrugClass = null);
