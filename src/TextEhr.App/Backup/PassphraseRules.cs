using TextEhr.Domain.Security;

namespace TextEhr.App.Backup;

/// <summary>
/// What a backup passphrase must be: the same meter the backup screen shows as it is typed, on the NFKC form
/// the key is made from, so the command line and the screen accept and refuse the same passphrases.
/// </summary>
public static class PassphraseRules
{
    public const string Mismatch = "2 回の入力が一致しません。同じパスフレーズをもう一度入力してください。";

    /// <summary>The meter's reading of <paramref name="passphrase"/> as the key will see it.</summary>
    public static PassphraseRating Rate(string passphrase)
    {
        ArgumentNullException.ThrowIfNull(passphrase);
        return PassphraseMeter.Rate(BackupKey.Normalize(passphrase));
    }

    /// <summary>Null when usable, else the Japanese reason with what to change.</summary>
    public static string? Check(string passphrase)
    {
        var rating = Rate(passphrase);
        return rating.IsAcceptable ? null : TooWeak(rating);
    }

    /// <summary>"強さ: 普通。…" for the line shown after the passphrase is set.</summary>
    public static string Strength(PassphraseRating rating)
    {
        ArgumentNullException.ThrowIfNull(rating);
        return $"パスフレーズの強さ: {rating.Label}。{rating.Hint}";
    }

    private static string TooWeak(PassphraseRating rating) => $"このパスフレーズは弱すぎます (強さ: {rating.Label})。{rating.Hint}";
}
