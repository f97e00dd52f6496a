using System.Globalization;
using TextEhr.App.Input;

namespace TextEhr.App.Screens.Clinical;

/// <summary>
/// The short list of tests a small internal-medicine clinic orders most, numbered for the form.
/// Ranges: JCCLS 共用基準範囲 (2019), except HbA1c (NGSP 4.6–6.2) and lipids (動脈硬化性疾患予防ガイドライン
/// 2022: LDL-C &lt; 140, TG &lt; 150 fasting) where clinics chart against the guideline instead.
/// </summary>
/// <remarks>Units avoid μ, ³ and × : they are ambiguous-width and shift columns in a Japanese console.</remarks>
public static class LabItems
{
    public static IReadOnlyList<LabItem> Common { get; } =
    [
        new("HbA1c", "%", 4.6m, 6.2m, "A1c", "ヘモグロビンA1c"),
        new("血糖", "mg/dL", 73m, 109m, "BS", "GLU", "FBS", "空腹時血糖"),
        new("LDL-C", "mg/dL", 65m, 139m, "LDL", "LDLコレステロール"),
        new("HDL-C", "mg/dL", 38m, 90m, "HDL", "HDLコレステロール") { FemaleLow = 48m, FemaleHigh = 103m },
        new("TG", "mg/dL", 30m, 149m, "中性脂肪", "トリグリセリド"),
        new("AST", "U/L", 13m, 30m, "GOT"),
        new("ALT", "U/L", 10m, 42m, "GPT") { FemaleLow = 7m, FemaleHigh = 23m },
        new("γ-GTP", "U/L", 13m, 64m, "GGT", "GTP", "γGTP", "r-GTP", "ガンマGTP") { FemaleLow = 9m, FemaleHigh = 32m },
        new("Cr", "mg/dL", 0.65m, 1.07m, "クレアチニン", "CRE") { FemaleLow = 0.46m, FemaleHigh = 0.79m },
        new("eGFR", "mL/min", 60m, null, "GFR"),
        new("Hb", "g/dL", 13.7m, 16.8m, "ヘモグロビン", "HGB") { FemaleLow = 11.6m, FemaleHigh = 14.8m },
        new("WBC", "10^3/uL", 3.3m, 8.6m, "白血球"),
        new("PLT", "10^3/uL", 158m, 348m, "血小板"),
        new("CRP", "mg/dL", null, 0.14m),
        new("UA", "mg/dL", 3.7m, 7.8m, "尿酸") { FemaleLow = 2.6m, FemaleHigh = 5.5m },
        new("Na", "mmol/L", 138m, 145m, "ナトリウム"),
        new("K", "mmol/L", 3.6m, 4.8m, "カリウム"),
    ];

    /// <summary>The item for a number of the list (1 = HbA1c) or a name or alias in any width or case; null otherwise.</summary>
    public static LabItem? Find(string text)
    {
        var key = Key(text ?? string.Empty);
        if (key.Length == 0)
        {
            return null;
        }

        if (int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number >= 1 && number <= Common.Count ? Common[number - 1] : null;
        }

        return Common.FirstOrDefault(item => string.Equals(Key(item.Name), key, StringComparison.Ordinal)
            || item.Aliases.Any(alias => string.Equals(Key(alias), key, StringComparison.Ordinal)));
    }

    /// <summary>The list as the form shows it: <c>1 HbA1c</c>, <c>2 血糖</c> ….</summary>
    public static IEnumerable<string> Numbered() =>
        Common.Select((item, index) => string.Create(CultureInfo.InvariantCulture, $"{index + 1,2} {item.Name}"));

    // Folded, upper case, without the hyphens and spaces people type or leave out (LDL-C, LDLC, ldl c).
    private static string Key(string text) =>
        new([.. TypedText.Fold(text).ToUpperInvariant().Where(c => !char.IsWhiteSpace(c) && !TypedText.IsHyphen(c))]);
}
