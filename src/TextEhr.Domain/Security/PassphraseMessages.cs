using System.Globalization;

namespace TextEhr.Domain.Security;

/// <summary>Every Japanese text about passphrase strength; tests assert through these accessors.</summary>
public static class PassphraseMessages
{
    public static string Empty => "パスフレーズを入力してください。";

    public static string TooShort => string.Create(CultureInfo.InvariantCulture, $"{PassphraseMeter.MinimumLength}文字以上にしてください。");

    public static string CommonWord => "よく使われる言葉(password、sakura など)は避けてください。";

    public static string KeyboardRun => "キーボードや五十音の並び(qwerty、あいうえ など)は避けてください。";

    public static string Sequence => "続き番号や続き文字(1234、abcd など)は避けてください。";

    public static string Repeats => "同じ文字の繰り返しは避けてください。";

    public static string OneKind => "英字・数字・記号を混ぜるか、もっと長くしてください。";

    public static string Longer => "言葉をもう一つ足して、長くしてください。";

    public static string CouldBeStronger => string.Create(CultureInfo.InvariantCulture, $"使えます。{PassphraseMeter.StrongLength}文字以上にすると、もっと強くなります。");

    public static string Fine => "十分な強さです。";

    public static string Label(PassphraseStrength strength) => strength switch
    {
        PassphraseStrength.Weak => "弱い",
        PassphraseStrength.Fair => "普通",
        PassphraseStrength.Strong => "強い",
        _ => throw new ArgumentOutOfRangeException(nameof(strength), strength, "Unknown strength."),
    };
}
