using TextEhr.Domain.Clinical;
using TextEhr.Domain.Patients;

namespace TextEhr.App.Input;

/// <summary>
/// The patient options given on a command line, parsed; null fields were not given. <c>patient add</c>
/// builds a new patient from them, <c>patient edit</c> lays them over the current record.
/// </summary>
public sealed record PatientChanges
{
    /// <summary>患者番号 chosen by the clinic (a paper chart's number); the store assigns one when empty.</summary>
    public string? ChartNumber { get; init; }

    public PersonName? Name { get; init; }

    public PersonName? Kana { get; init; }

    public Sex? Sex { get; init; }

    public DateOnly? BirthDate { get; init; }

    public string? PostalCode { get; init; }

    public string? Address { get; init; }

    public string? Phone { get; init; }

    public string? Occupation { get; init; }

    public string? Memo { get; init; }

    public CoverageChanges Coverage { get; init; } = new();

    /// <summary>The 公費 list replacing the current one, in priority order; null when not given.</summary>
    public IReadOnlyList<PublicCoverage>? PublicCoverages { get; init; }

    /// <summary>Allergies to record in addition to those on file.</summary>
    public IReadOnlyList<Allergy> Allergies { get; init; } = [];

    public bool ChangesRecord => ChartNumber is not null || Name is not null || Kana is not null || Sex is not null || BirthDate is not null
        || PostalCode is not null || Address is not null || Phone is not null || Occupation is not null
        || Memo is not null || !Coverage.IsEmpty || PublicCoverages is not null;

    /// <summary>A new patient; the four required fields are reported when missing.</summary>
    public Patient Create(InputErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (Name is null)
        {
            errors.AddMissing(Fields.Name, InputMessages.Required(PersonNameInput.NameExample));
        }

        if (Kana is null)
        {
            errors.AddMissing(Fields.Kana, InputMessages.Required(PersonNameInput.KanaExample));
        }

        if (Sex is null)
        {
            errors.AddMissing(Fields.Sex, InputMessages.Required("男"));
        }

        if (BirthDate is null)
        {
            errors.AddMissing(Fields.Birth, InputMessages.Required("S50.3.1"));
        }

        var blank = new PersonName(string.Empty, string.Empty);
        return new Patient
        {
            ChartNumber = ChartNumber ?? string.Empty,
            Name = Name ?? blank,
            KanaName = Kana ?? blank,
            Sex = Sex ?? Domain.Patients.Sex.Male,
            BirthDate = BirthDate ?? DateOnly.MinValue,
            PostalCode = PostalCode ?? string.Empty,
            Address = Address ?? string.Empty,
            Phone = Phone ?? string.Empty,
            Occupation = Occupation ?? string.Empty,
            Memo = Memo ?? string.Empty,
            Insurance = Coverage.IsEmpty ? null : Coverage.Apply(null, errors),
            PublicCoverages = PublicCoverages ?? [],
        };
    }

    /// <summary>The current record with the given fields replaced.</summary>
    public Patient ApplyTo(Patient current, InputErrors errors)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(errors);
        return current with
        {
            ChartNumber = ChartNumber ?? current.ChartNumber,
            Name = Name ?? current.Name,
            KanaName = Kana ?? current.KanaName,
            Sex = Sex ?? current.Sex,
            BirthDate = BirthDate ?? current.BirthDate,
            PostalCode = PostalCode ?? current.PostalCode,
            Address = Address ?? current.Address,
            Phone = Phone ?? current.Phone,
            Occupation = Occupation ?? current.Occupation,
            Memo = Memo ?? current.Memo,
            Insurance = Coverage.IsEmpty ? current.Insurance : Coverage.Apply(current.Insurance, errors),
            PublicCoverages = PublicCoverages ?? current.PublicCoverages,
        };
    }
}
