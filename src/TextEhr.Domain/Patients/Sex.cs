namespace TextEhr.Domain.Patients;

/// <summary>性別, coded as JAHIS and レセ電 do (1 男, 2 女).</summary>
public enum Sex
{
    Male = 1,
    Female = 2,
}
