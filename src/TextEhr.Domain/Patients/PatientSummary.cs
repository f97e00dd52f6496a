namespace TextEhr.Domain.Patients;

/// <summary>One row of the 患者検索 list.</summary>
public sealed record PatientSummary(
    long Id,
    string ChartNumber,
    PersonName Name,
    PersonName KanaName,
    Sex Sex,
    DateOnly BirthDate,
    string Phone,
    DateOnly? LastVisit);
