namespace TextEhr.Domain.Security;

/// <summary>
/// Words that lead every leaked-password list, plus the Japanese and clinic words a doctor is likely to
/// reach for. Short on purpose: it catches the obvious, the entropy estimate does the rest.
/// </summary>
internal static class CommonPassphrases
{
    /// <summary>Lower-case, with digits for letters already undone (see <see cref="PassphrasePatterns"/>).</summary>
    public static readonly string[] Words =
    [
        "password", "passwd", "pass", "qwerty", "letmein", "welcome", "iloveyou", "admin", "login", "master",
        "monkey", "dragon", "sunshine", "princess", "football", "baseball", "shadow", "trustno", "hello",
        "secret", "changeme", "default", "test", "guest", "root", "user",
        "sakura", "tokyo", "osaka", "japan", "nippon", "doraemon", "pokemon", "arigatou", "konnichiwa", "daisuki",
        "clinic", "doctor", "sensei", "iryou", "byouin", "karte", "kanja", "textehr", "backup",
        "ぱすわーど", "パスワード", "さくら", "ありがとう",
    ];
}
