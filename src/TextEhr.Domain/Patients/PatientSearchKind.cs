namespace TextEhr.Domain.Patients;

/// <summary>What a 患者検索 query looks like, which decides the index it uses.</summary>
public enum PatientSearchKind
{
    /// <summary>Nothing to search for.</summary>
    Empty,

    /// <summary>Digits only: 患者番号 (exact), phone digits (prefix) and, when they read as one, 生年月日.</summary>
    Digits,

    /// <summary>カナ (hiragana, katakana, half-width): prefix of the カナ name.</summary>
    Kana,

    /// <summary>Anything else: substring of the name.</summary>
    Name,

    /// <summary>A 生年月日 or a part of one (<c>S50</c>, <c>S50.3</c>, <c>1975/3</c>): a range of days.</summary>
    BirthDate,

    /// <summary>Digits with hyphens or brackets: phone digits (prefix).</summary>
    Phone,
}
