using System.Text;

namespace TextEhr.Documents.Prescriptions;

/// <summary>Full-width katakana to half-width (半角カナ), as the JAHIS code wants patient and doctor カナ.</summary>
public static class HalfWidthKana
{
    // U+FF66..U+FF9D in order; small ヮ ヵ ヶ and ヰ ヱ have no half-width form and are folded first.
    private const string FullWidth = "ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン";

    /// <summary>The text with katakana (and ひらがな) narrowed; other characters are kept.</summary>
    public static string Convert(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);

        // Decomposition turns ガ into カ + U+3099, so voiced marks need no table of their own.
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var k = c is >= 'ぁ' and <= 'ゖ' ? (char)(c + 0x60) : c;
            k = k switch
            {
                'ヮ' => 'ワ',
                'ヰ' => 'イ',
                'ヱ' => 'エ',
                'ヵ' => 'カ',
                'ヶ' => 'ケ',
                _ => k,
            };
            var at = FullWidth.IndexOf(k, StringComparison.Ordinal);
            builder.Append(k switch
            {
                _ when at >= 0 => (char)(0xFF66 + at),
                '\u3099' or '゛' => 'ﾞ',
                '\u309A' or '゜' => 'ﾟ',
                '・' => '･',
                '\u3000' => ' ',
                _ => c,
            });
        }

        return builder.ToString();
    }
}
