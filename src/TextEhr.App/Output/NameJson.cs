using TextEhr.Domain.Patients;

namespace TextEhr.App.Output;

/// <summary>A name in JSON: 姓, 名 and both joined by a full-width space.</summary>
public sealed record NameJson(string Family, string Given, string Full)
{
    public static NameJson From(PersonName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return new(name.Family, name.Given, name.Full);
    }
}
