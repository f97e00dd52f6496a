namespace TextEhr.Documents.Prescriptions;

/// <summary>
/// 保険薬局が調剤時に残薬を確認した場合の対応, the doctor's instruction on the slip; the values are the
/// codes of JAHIS record 62 (JAPAN-EHR.md §9).
/// </summary>
public enum LeftoverMedicineAction
{
    /// <summary>No instruction: neither box is ticked and record 62 is left out.</summary>
    None = 0,

    /// <summary>保険医療機関へ疑義照会した上で調剤.</summary>
    QueryPrescriber = 1,

    /// <summary>保険医療機関へ情報提供.</summary>
    InformPrescriber = 2,
}
