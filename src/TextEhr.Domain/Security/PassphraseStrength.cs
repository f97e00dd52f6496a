namespace TextEhr.Domain.Security;

/// <summary>How hard a backup passphrase is to guess, shown as 弱い / 普通 / 強い while it is typed.</summary>
public enum PassphraseStrength
{
    /// <summary>弱い: refused.</summary>
    Weak,

    /// <summary>普通: accepted.</summary>
    Fair,

    /// <summary>強い.</summary>
    Strong,
}
