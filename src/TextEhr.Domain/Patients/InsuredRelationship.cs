namespace TextEhr.Domain.Patients;

/// <summary>本人/家族 (被保険者 1, 被扶養者 2).</summary>
public enum InsuredRelationship
{
    Self = 1,
    Dependent = 2,
}
