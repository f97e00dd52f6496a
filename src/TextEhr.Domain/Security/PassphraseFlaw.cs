namespace TextEhr.Domain.Security;

/// <summary>The guessable patterns <see cref="PassphrasePatterns"/> finds; each earns its own hint.</summary>
[Flags]
public enum PassphraseFlaw
{
    /// <summary>Nothing guessable found.</summary>
    None = 0,

    /// <summary>The same character or chunk again (aaaa, abab).</summary>
    Repeats = 1,

    /// <summary>Consecutive characters (abcd, 4321).</summary>
    Sequence = 2,

    /// <summary>A run of neighbouring keys or the kana table (qwerty, 1qaz, あいうえ).</summary>
    KeyboardRun = 4,

    /// <summary>A word from the list of common passwords (password, sakura).</summary>
    CommonWord = 8,
}
