namespace TextEhr.Domain.Clinical;

/// <summary>薬剤 or その他 (food, latex, …): the two 6情報 kinds.</summary>
public enum AllergyCategory
{
    Drug = 1,
    Other = 2,
}
