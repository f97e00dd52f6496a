using System.Text;

namespace TextEhr.Domain.Text;

/// <summary>
/// Builds search keys (notes/DB.md §7). The same function makes the stored key and the query, so
/// <c>ﾔﾏﾀﾞ ﾀﾛｳ</c>, <c>やまだ　たろう</c> and <c>ヤマダタロウ</c> find each other. Names are displayed as entered;
/// these keys are never shown.
/// </summary>
public static class KanaNormalizer
{
    private const char MiddleDot = '・';

    /// <summary>
    /// The カナ search key: NFKC (half-width ｶﾅ and ﾀﾞ become full-width), hiragana to katakana, small
    /// kana to large, ゔ to ヴ, ASCII upper case; whitespace (U+3000 too) and ・ removed. ー is kept:
    /// オーノ and オノ are different names.
    /// </summary>
    public static string NormalizeKana(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (char.IsWhiteSpace(c) || c == MiddleDot)
            {
                continue;
            }

            builder.Append(ToLargeKana((char)ToKatakana(char.ToUpperInvariant(c))));
        }

        return builder.ToString();
    }

    /// <summary>
    /// The 氏名 search key: NFKC, whitespace and ・ removed, hiragana to katakana, ASCII upper case,
    /// variant kanji folded (髙→高, 𠮷→吉), and variation selectors dropped so that an IVS name
    /// (葛 + U+E0100) matches its base character.
    /// </summary>
    public static string NormalizeName(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalized.Length);
        Span<char> buffer = stackalloc char[2];
        foreach (var rune in normalized.EnumerateRunes())
        {
            var value = rune.Value;
            if (Rune.IsWhiteSpace(rune) || value == MiddleDot || IsVariationSelector(value))
            {
                continue;
            }

            value = VariantKanji.Fold(value);
            value = ToKatakana(value);
            var written = new Rune(value).EncodeToUtf16(buffer);
            builder.Append(buffer[..written]);
        }

        return builder.ToString().ToUpperInvariant();
    }

    /// <summary>
    /// True when the text has kana and nothing but kana (hiragana, katakana, half-width), ー and spaces:
    /// such a query goes to the カナ index, anything else to the 漢字 one.
    /// </summary>
    public static bool IsKana(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sawKana = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            if (!IsKanaChar(c))
            {
                return false;
            }

            sawKana = true;
        }

        return sawKana;
    }

    /// <summary>The ASCII digits of the text after NFKC, for phone numbers: <c>０３−１２３４</c> → <c>031234</c>.</summary>
    public static string DigitsOnly(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (char.IsAsciiDigit(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsKanaChar(char c) =>
        c is (>= '\u3041' and <= '\u309F') // hiragana, combining (han)dakuten, ゝゞ
            or (>= '\u30A0' and <= '\u30FF') // katakana, ・, ー
            or (>= '\u31F0' and <= '\u31FF') // small katakana for Ainu
            or (>= '\uFF65' and <= '\uFF9F'); // half-width katakana, ｰ, ﾞﾟ

    // ぁ–ゖ (incl. ゔ, ゕ, ゖ) and ゝゞ sit exactly 0x60 below their katakana.
    private static int ToKatakana(int c) =>
        c is (>= 0x3041 and <= 0x3096) or 0x309D or 0x309E ? c + 0x60 : c;

    private static bool IsVariationSelector(int c) =>
        c is (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0100 and <= 0xE01EF);

    private static char ToLargeKana(char c) => c switch
    {
        'ァ' => 'ア',
        'ィ' => 'イ',
        'ゥ' => 'ウ',
        'ェ' => 'エ',
        'ォ' => 'オ',
        'ッ' => 'ツ',
        'ャ' => 'ヤ',
        'ュ' => 'ユ',
        'ョ' => 'ヨ',
        'ヮ' => 'ワ',
        'ヵ' => 'カ',
        'ヶ' => 'ケ',
        'ㇰ' => 'ク',
        'ㇱ' => 'シ',
        'ㇲ' => 'ス',
        'ㇳ' => 'ト',
        'ㇴ' => 'ヌ',
        'ㇵ' => 'ハ',
        'ㇶ' => 'ヒ',
        'ㇷ' => 'フ',
        'ㇸ' => 'ヘ',
        'ㇹ' => 'ホ',
        'ㇺ' => 'ム',
        'ㇻ' => 'ラ',
        'ㇼ' => 'リ',
        'ㇽ' => 'ル',
        'ㇾ' => 'レ',
        'ㇿ' => 'ロ',
        _ => c,
    };
}
