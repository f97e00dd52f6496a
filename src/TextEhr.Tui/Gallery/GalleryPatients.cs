using System.Globalization;
using System.Text;
using TextEhr.Tui.Text;
using TextEhr.Tui.Views;

namespace TextEhr.Tui.Gallery;

/// <summary>
/// 100,000 generated patients for the gallery's list: rows are made on demand from their index, and
/// the filter (カナ prefix, 漢字 substring or 番号 prefix) works on 500 name pairs, never by
/// fetching rows, as a database index would.
/// </summary>
internal sealed class GalleryPatients : IFilterableListSource
{
    public const int Total = 100_000;

    private static readonly (string Kanji, string Kana)[] Families =
    [
        ("山田", "ヤマダ"), ("佐藤", "サトウ"), ("鈴木", "スズキ"), ("高橋", "タカハシ"), ("田中", "タナカ"),
        ("伊藤", "イトウ"), ("渡辺", "ワタナベ"), ("山本", "ヤマモト"), ("中村", "ナカムラ"), ("小林", "コバヤシ"),
        ("加藤", "カトウ"), ("𠮷田", "ヨシダ"), ("山口", "ヤマグチ"), ("松本", "マツモト"), ("井上", "イノウエ"),
        ("木村", "キムラ"), ("林", "ハヤシ"), ("斎藤", "サイトウ"), ("清水", "シミズ"), ("葛\U000E0100西", "カサイ"),
    ];

    private static readonly (string Kanji, string Kana)[] Givens =
    [
        ("太郎", "タロウ"), ("花子", "ハナコ"), ("一郎", "イチロウ"), ("次郎", "ジロウ"), ("三郎", "サブロウ"),
        ("和子", "カズコ"), ("洋子", "ヨウコ"), ("幸子", "サチコ"), ("茂", "シゲル"), ("勇", "イサム"),
        ("清", "キヨシ"), ("節子", "セツコ"), ("弘", "ヒロシ"), ("明美", "アケミ"), ("誠", "マコト"),
        ("恵子", "ケイコ"), ("博", "ヒロシ"), ("久美子", "クミコ"), ("実", "ミノル"), ("美智子", "ミチコ"),
        ("進", "ススム"), ("正", "タダシ"), ("裕子", "ユウコ"), ("修", "オサム"), ("良子", "ヨシコ"),
    ];

    private string _lastFilter = string.Empty;
    private int[] _lastMatches = [];

    public int Count => Total;

    public string GetRow(int index)
    {
        var (family, given) = (Families[index % Families.Length], Givens[index / Families.Length % Givens.Length]);
        var kana = CellWidth.PadRight($"{family.Kana} {given.Kana}", 16);
        return string.Create(CultureInfo.InvariantCulture, $"{index + 1:D6} {kana} {family.Kanji} {given.Kanji}");
    }

    public IListSource Filter(string text)
    {
        var key = Normalize(text);
        IEnumerable<int> candidates = key.StartsWith(_lastFilter, StringComparison.Ordinal) && _lastFilter.Length > 0
            ? _lastMatches
            : Enumerable.Range(0, Total);
        var pairs = new bool[Families.Length * Givens.Length];
        for (var pair = 0; pair < pairs.Length; pair++)
        {
            pairs[pair] = Matches(Families[pair % Families.Length], Givens[pair / Families.Length], key);
        }

        var digits = key.Length > 0 && key.All(char.IsAsciiDigit);
        _lastMatches = [.. candidates.Where(index => digits
            ? (index + 1).ToString("D6", CultureInfo.InvariantCulture).StartsWith(key, StringComparison.Ordinal)
            : pairs[index % Families.Length + (Families.Length * (index / Families.Length % Givens.Length))])];
        _lastFilter = key;
        return new GalleryPatientMatches(this, _lastMatches);
    }

    private static bool Matches((string Kanji, string Kana) family, (string Kanji, string Kana) given, string key) =>
        Normalize(family.Kana + given.Kana).StartsWith(key, StringComparison.Ordinal)
        || (family.Kanji + given.Kanji).Contains(key, StringComparison.Ordinal);

    // ﾔﾏﾀﾞ, やまだ and ヤマダ all search as ヤマタ: width, script, voicing marks and spaces do not count,
    // so the half-typed ﾔﾏﾀ (before its ﾞ) already finds ヤマダ.
    private static string Normalize(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormKC).Normalize(NormalizationForm.FormD))
        {
            if (!char.IsWhiteSpace(c) && c is not ('\u3099' or '\u309A'))
            {
                builder.Append(c is >= '\u3041' and <= '\u3096' ? (char)(c + 0x60) : c);
            }
        }

        return builder.ToString();
    }
}
