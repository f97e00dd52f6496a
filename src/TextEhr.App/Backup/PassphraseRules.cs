using System.Globalization;

namespace TextEhr.App.Backup;

/// <summary>What a backup passphrase must be (its strength meter is the screen's).</summary>
public static class PassphraseRules
{
    public const int MinimumLength = 8;

    public const string TooShort = "パスフレーズは 8 文字以上にしてください (長いほど安全です)。";

    public const string Mismatch = "2 回の入力が一致しません。同じパスフレーズをもう一度入力してください。";

    /// <summary>Null when usable, else the Japanese reason.</summary>
    public static string? Check(string passphrase)
    {
        ArgumentNullException.ThrowIfNull(passphrase);
        var normalized = BackupKey.Normalize(passphrase);
        return string.IsNullOrWhiteSpace(normalized) || new StringInfo(normalized).LengthInTextElements < MinimumLength ? TooShort : null;
    }
}
