using System.Text;

namespace TextEhr.Tui.Views;

/// <summary>
/// Which characters a field accepts, cluster by cluster, and how it normalises them: the IME often
/// gives full-width digits (１２３), which a digits field stores as 123.
/// </summary>
public sealed class InputFilter
{
    private const string DateSymbols = "./-+ 年月日元明治大正昭和平成令MTSHRWDYmtshrwdy";
    private readonly Func<string, string?> _accept;

    /// <summary>A filter of one's own, for fields the standard ones do not fit.</summary>
    /// <param name="allowed">What the field takes, for the message when something else is typed (数字, カナ).</param>
    /// <param name="accept">The cluster as stored, or null to refuse it.</param>
    public InputFilter(string allowed, Func<string, string?> accept)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        ArgumentNullException.ThrowIfNull(accept);
        Allowed = allowed;
        _accept = accept;
    }

    /// <summary>Everything printable.</summary>
    public static InputFilter Any { get; } = new("文字", cluster => cluster);

    /// <summary>0–9; full-width digits are stored as ASCII.</summary>
    public static InputFilter Digits { get; } = new("数字", cluster => ToAscii(cluster) is [>= '0' and <= '9'] digit ? digit : null);

    /// <summary>Katakana, hiragana, half-width kana, ー, ・ and spaces (a カナ name field).</summary>
    public static InputFilter Kana { get; } = new("カナ", cluster => cluster.EnumerateRunes().All(IsKana) ? cluster : null);

    /// <summary>What dates are typed with: digits (stored as ASCII), . / - +, 年月日, era names and letters (S50.3.1, R7/4/1, T-1).</summary>
    public static InputFilter Date { get; } = new("日付の文字", cluster =>
    {
        var ascii = ToAscii(cluster);
        return ascii.Length == 1 && (char.IsAsciiDigit(ascii[0]) || DateSymbols.Contains(ascii[0], StringComparison.Ordinal)) ? ascii : null;
    });

    /// <summary>What the field takes, in Japanese.</summary>
    public string Allowed { get; }

    /// <summary>The cluster as it is stored, or null when the field refuses it.</summary>
    public string? Accept(string cluster) => _accept(cluster);

    // Full-width ASCII (U+FF01–FF5E) and the ideographic space become their ASCII forms.
    private static string ToAscii(string cluster)
    {
        if (cluster.Length != 1)
        {
            return cluster;
        }

        var c = cluster[0];
        return c switch
        {
            >= '\uFF01' and <= '\uFF5E' => ((char)(c - 0xFEE0)).ToString(),
            '\u3000' => " ",
            _ => cluster,
        };
    }

    private static bool IsKana(Rune rune) => rune.Value switch
    {
        ' ' or 0x3000 => true,
        >= 0x3041 and <= 0x3096 => true, // hiragana
        >= 0x3099 and <= 0x309E => true, // voiced marks, ゝゞ
        >= 0x30A1 and <= 0x30FE => true, // katakana, ・, ー, ヽヾ
        >= 0x31F0 and <= 0x31FF => true, // small katakana (ㇰ)
        >= 0xFF65 and <= 0xFF9F => true, // half-width katakana, ｰ, ﾞﾟ
        _ => false,
    };
}
