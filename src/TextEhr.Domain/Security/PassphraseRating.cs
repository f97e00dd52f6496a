namespace TextEhr.Domain.Security;

/// <summary>What <see cref="PassphraseMeter.Rate"/> says about one passphrase.</summary>
/// <param name="Strength">弱い, 普通 or 強い.</param>
/// <param name="Bits">Estimated guessing entropy in bits, after the guessable parts are discounted.</param>
/// <param name="Length">Characters (Unicode scalar values) after NFKC, as the key derivation sees them.</param>
/// <param name="Flaws">Guessable patterns found.</param>
/// <param name="Hint">One Japanese sentence saying what to change, or that it is fine.</param>
public sealed record PassphraseRating(PassphraseStrength Strength, double Bits, int Length, PassphraseFlaw Flaws, string Hint)
{
    /// <summary>Whether a backup may be encrypted with it: at least <see cref="PassphraseMeter.MinimumLength"/> characters and not 弱い.</summary>
    public bool IsAcceptable => Strength != PassphraseStrength.Weak;

    /// <summary>弱い, 普通 or 強い.</summary>
    public string Label => PassphraseMessages.Label(Strength);
}
