using TextEhr.Domain.Patients;

namespace TextEhr.Storage.Patients;

/// <summary>Names the fields an edit changed, for the audit detail (field names only, never values).</summary>
internal static class PatientChanges
{
    public static string FieldNames(Patient before, Patient after)
    {
        var names = new List<string>();
        Add(names, nameof(Patient.ChartNumber), before.ChartNumber, after.ChartNumber);
        Add(names, nameof(Patient.Name), before.Name, after.Name);
        Add(names, nameof(Patient.KanaName), before.KanaName, after.KanaName);
        Add(names, nameof(Patient.Sex), before.Sex, after.Sex);
        Add(names, nameof(Patient.BirthDate), before.BirthDate, after.BirthDate);
        Add(names, nameof(Patient.PostalCode), before.PostalCode, after.PostalCode);
        Add(names, nameof(Patient.Address), before.Address, after.Address);
        Add(names, nameof(Patient.Phone), before.Phone, after.Phone);
        Add(names, nameof(Patient.Occupation), before.Occupation, after.Occupation);
        Add(names, nameof(Patient.Memo), before.Memo, after.Memo);
        Add(names, nameof(Patient.Insurance), before.Insurance, after.Insurance);
        if (!before.PublicCoverages.SequenceEqual(after.PublicCoverages))
        {
            names.Add(nameof(Patient.PublicCoverages));
        }

        return string.Join(',', names);
    }

    private static void Add<T>(List<string> names, string name, T before, T after)
    {
        if (!EqualityComparer<T>.Default.Equals(before, after))
        {
            names.Add(name);
        }
    }
}
