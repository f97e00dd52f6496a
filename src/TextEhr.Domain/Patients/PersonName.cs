namespace TextEhr.Domain.Patients;

/// <summary>A name as 姓 and 名, kept separately (FHIR HumanName family/given).</summary>
public sealed record PersonName(string Family, string Given)
{
    /// <summary>姓と名 joined by a full-width space, as written on Japanese forms.</summary>
    public string Full => Given.Length == 0 ? Family : $"{Family}\u3000{Given}";

    public override string ToString() => Full;
}
