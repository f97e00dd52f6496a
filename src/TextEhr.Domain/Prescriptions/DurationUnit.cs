namespace TextEhr.Domain.Prescriptions;

/// <summary>How an Rp's quantity is counted: 日分 (内服) or 回分 (頓服), or 調剤数量 for 外用.</summary>
public enum DurationUnit
{
    /// <summary>日分.</summary>
    Days = 1,

    /// <summary>回分.</summary>
    Times = 2,

    /// <summary>調剤数量 (本, 枚 …) for external use.</summary>
    Quantity = 3,
}
