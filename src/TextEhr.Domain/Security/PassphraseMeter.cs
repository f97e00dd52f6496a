using System.Text;

namespace TextEhr.Domain.Security;

/// <summary>
/// Estimates how guessable a backup passphrase is, from its length, the kinds of character in it and the
/// patterns a guesser tries first. A backup on a lost USB stick can be attacked offline for as long as the
/// finder likes, so the bar is set in bits: below 45 is 弱い (refused), 65 or more with 12 characters is 強い.
/// The rule accepted: at least 10 characters and not 弱い.
/// </summary>
public static class PassphraseMeter
{
    /// <summary>Shorter passphrases are always 弱い.</summary>
    public const int MinimumLength = 10;

    /// <summary>強い needs at least this many characters as well as the bits.</summary>
    public const int StrongLength = 12;

    /// <summary>Below this estimate a passphrase is 弱い.</summary>
    public const double FairBits = 45;

    /// <summary>From this estimate (and <see cref="StrongLength"/>) a passphrase is 強い.</summary>
    public const double StrongBits = 65;

    // A character inside a guessable pattern still adds a little: the guesser must pick the pattern.
    private const double PredictableBits = 1;

    /// <summary>Rates <paramref name="passphrase"/> as the key derivation will see it (NFKC, so Ａ is A).</summary>
    public static PassphraseRating Rate(string? passphrase)
    {
        var runes = (passphrase ?? string.Empty).Normalize(NormalizationForm.FormKC).EnumerateRunes().ToArray();
        var (predictable, flaws) = PassphrasePatterns.Find(runes);
        var perCharacter = Math.Log2(PoolSize(runes));
        var bits = 0.0;
        for (var i = 0; i < runes.Length; i++)
        {
            bits += predictable[i] ? PredictableBits : perCharacter;
        }

        var strength = runes.Length < MinimumLength || bits < FairBits
            ? PassphraseStrength.Weak
            : runes.Length >= StrongLength && bits >= StrongBits ? PassphraseStrength.Strong : PassphraseStrength.Fair;
        return new PassphraseRating(strength, bits, runes.Length, flaws, Hint(strength, runes, flaws));
    }

    private static string Hint(PassphraseStrength strength, Rune[] runes, PassphraseFlaw flaws)
    {
        if (runes.Length == 0)
        {
            return PassphraseMessages.Empty;
        }

        if (runes.Length < MinimumLength)
        {
            return PassphraseMessages.TooShort;
        }

        if (strength == PassphraseStrength.Strong)
        {
            return PassphraseMessages.Fine;
        }

        if (strength == PassphraseStrength.Fair && flaws == PassphraseFlaw.None)
        {
            return PassphraseMessages.CouldBeStronger;
        }

        return flaws switch
        {
            _ when flaws.HasFlag(PassphraseFlaw.CommonWord) => PassphraseMessages.CommonWord,
            _ when flaws.HasFlag(PassphraseFlaw.KeyboardRun) => PassphraseMessages.KeyboardRun,
            _ when flaws.HasFlag(PassphraseFlaw.Sequence) => PassphraseMessages.Sequence,
            _ when flaws.HasFlag(PassphraseFlaw.Repeats) => PassphraseMessages.Repeats,
            _ when runes.Select(Kind).Distinct().Count() == 1 => PassphraseMessages.OneKind,
            _ => PassphraseMessages.Longer,
        };
    }

    private static int PoolSize(Rune[] runes) => Math.Max(runes.Select(Kind).Distinct().Sum(static k => k switch
    {
        CharacterKind.Lower or CharacterKind.Upper => 26,
        CharacterKind.Digit => 10,
        CharacterKind.Symbol => 33,

        // Kana and kanji typed through the IME: far more than 100 exist, but people pick from few.
        _ => 100,
    }), 2);

    private static CharacterKind Kind(Rune rune) => rune.Value switch
    {
        >= 'a' and <= 'z' => CharacterKind.Lower,
        >= 'A' and <= 'Z' => CharacterKind.Upper,
        >= '0' and <= '9' => CharacterKind.Digit,
        < 0x80 => CharacterKind.Symbol,
        _ => CharacterKind.Other,
    };

    private enum CharacterKind
    {
        Lower,
        Upper,
        Digit,
        Symbol,
        Other,
    }
}
