namespace TextEhr.Documents.Prescriptions;

/// <summary>
/// The two per-drug columns of the 2024 form for one drug, found by its Rp and its place in the Rp
/// (both from 1, as in JAHIS records 201 and 281).
/// </summary>
public sealed record DrugMarks
{
    /// <summary>The Rp number, from 1.</summary>
    public required int Rp { get; init; }

    /// <summary>The drug's place in its Rp, from 1.</summary>
    public required int Serial { get; init; }

    /// <summary>変更不可（医療上必要）: no generic substitution (JAHIS 281 区分 3 後発品変更不可).</summary>
    public bool SubstitutionNotAllowed { get; init; }

    /// <summary>患者希望: the brand drug at the patient's wish (JAHIS 281 区分 8 先発医薬品患者希望).</summary>
    public bool PatientWish { get; init; }
}
