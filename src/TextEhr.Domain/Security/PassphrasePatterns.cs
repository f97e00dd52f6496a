using System.Text;

namespace TextEhr.Domain.Security;

/// <summary>
/// Finds the parts of a passphrase a guesser tries first: repeats, consecutive characters, keyboard and
/// kana-table runs, common words. Every character after the first of such a part is marked predictable.
/// </summary>
internal static class PassphrasePatterns
{
    private const int MinimumRun = 4;

    private static readonly string[] Runs =
    [
        "qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890", "!@#$%^&*()", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,9ol.0p;/",
        "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん",
        "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン",
    ];

    /// <summary>Which characters are predictable, and which kinds of pattern were found.</summary>
    public static (bool[] Predictable, PassphraseFlaw Flaws) Find(IReadOnlyList<Rune> runes)
    {
        ArgumentNullException.ThrowIfNull(runes);
        var predictable = new bool[runes.Count];
        var flaws = PassphraseFlaw.None;
        var lower = runes.Select(static r => Rune.ToLowerInvariant(r)).ToArray();
        if (MarkRepeats(lower, predictable))
        {
            flaws |= PassphraseFlaw.Repeats;
        }

        if (MarkSequences(lower, predictable))
        {
            flaws |= PassphraseFlaw.Sequence;
        }

        if (MarkRuns(lower, predictable))
        {
            flaws |= PassphraseFlaw.KeyboardRun;
        }

        if (MarkWords(lower, predictable))
        {
            flaws |= PassphraseFlaw.CommonWord;
        }

        return (predictable, flaws);
    }

    // "aaa" (three alike) or a chunk said twice ("abab", "123123").
    private static bool MarkRepeats(Rune[] runes, bool[] predictable)
    {
        var found = false;
        for (var period = 1; period <= runes.Length / 2; period++)
        {
            var matches = 0;
            for (var i = period; i < runes.Length; i++)
            {
                matches = runes[i] == runes[i - period] ? matches + 1 : 0;
                if (matches >= Math.Max(period, 2))
                {
                    Mark(predictable, i - matches + 1, i);
                    found = true;
                }
            }
        }

        return found;
    }

    // Three or more characters each one code point up or down from the last ("abc", "321").
    private static bool MarkSequences(Rune[] runes, bool[] predictable)
    {
        var found = false;
        var steps = 0;
        var lastDelta = 0;
        for (var i = 1; i < runes.Length; i++)
        {
            var delta = runes[i].Value - runes[i - 1].Value;
            steps = Math.Abs(delta) != 1 ? 0 : delta == lastDelta ? steps + 1 : 1;
            lastDelta = delta;
            if (steps >= 2)
            {
                Mark(predictable, i - steps + 1, i);
                found = true;
            }
        }

        return found;
    }

    private static bool MarkRuns(Rune[] runes, bool[] predictable)
    {
        var text = Text(runes);
        var found = false;
        foreach (var run in Runs)
        {
            var reversed = new string(run.Reverse().ToArray());
            found |= MarkWindows(text, run, predictable);
            found |= MarkWindows(text, reversed, predictable);
        }

        return found;
    }

    private static bool MarkWindows(string text, string run, bool[] predictable)
    {
        var found = false;
        for (var start = 0; start + MinimumRun <= run.Length; start++)
        {
            var window = run.Substring(start, MinimumRun);
            for (var at = text.IndexOf(window, StringComparison.Ordinal); at >= 0; at = text.IndexOf(window, at + 1, StringComparison.Ordinal))
            {
                Mark(predictable, RuneIndex(text, at) + 1, RuneIndex(text, at) + MinimumRun - 1);
                found = true;
            }
        }

        return found;
    }

    private static bool MarkWords(Rune[] runes, bool[] predictable)
    {
        var text = Text(runes.Select(Unleet));
        var found = false;
        foreach (var word in CommonPassphrases.Words)
        {
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                var first = RuneIndex(text, at);
                Mark(predictable, first + 1, first + word.EnumerateRunes().Count() - 1);
                found = true;
            }
        }

        return found;
    }

    // "p@ssw0rd" is "password" to anyone who guesses passwords.
    private static Rune Unleet(Rune rune) => rune.Value switch
    {
        '0' => new Rune('o'),
        '1' or '!' => new Rune('i'),
        '3' => new Rune('e'),
        '4' or '@' => new Rune('a'),
        '5' or '$' => new Rune('s'),
        '7' => new Rune('t'),
        _ => rune,
    };

    private static string Text(IEnumerable<Rune> runes)
    {
        var builder = new StringBuilder();
        foreach (var rune in runes)
        {
            builder.Append(rune.ToString());
        }

        return builder.ToString();
    }

    private static int RuneIndex(string text, int charIndex) => text[..charIndex].EnumerateRunes().Count();

    private static void Mark(bool[] predictable, int from, int to)
    {
        for (var i = Math.Max(from, 0); i <= to && i < predictable.Length; i++)
        {
            predictable[i] = true;
        }
    }
}
